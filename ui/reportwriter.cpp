// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportwriter.h"

#include "analysiscontroller.h"
#include "comparisonformatter.h"
#include "comparisontablemodel.h"
#include "numberformat.h"
#include "survivalformatter.h"
#include "symptomreliefchart.h"
#include "tableexporter.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QTextDocument>

#include <algorithm>
#include <functional>
#include <set>

namespace CohortLens {

namespace {

// Page geometry, millimetres.
constexpr qreal MarginLeft = 18; // 174 mm of text on A4: a journal's double column
constexpr qreal MarginRight = 18;
constexpr qreal MarginTop = 22;
constexpr qreal MarginBottom = 20;
constexpr qreal HeaderTop = 10;    // the running header's text
constexpr qreal FooterBottom = 10; // the footer's text ends this far above the page's edge

// Type sizes, points.
constexpr qreal TitleSize = 18;
constexpr qreal HeadingSize = 11.5;
constexpr qreal BodySize = 9.5;
constexpr qreal CaptionSize = 8.5;
constexpr qreal TableSize = 7.5;
constexpr qreal SmallSize = 7.5;

const QColor Ink(0x22, 0x22, 0x22);
const QColor Muted(0x55, 0x55, 0x55);
const QColor SectionBand(0xE3, 0xEF, 0xF6); // the window's section colour on white
const QColor DemoBand(0xFF, 0xF4, 0xD6);
const QColor DemoEdge(0xE6, 0x9F, 0x00); // Okabe-Ito orange

// A piece of the report's flow: it is placed whole on one page.
struct Block
{
    qreal height = 0;
    qreal spaceBefore = 0; // dropped at the top of a page
    bool keepWithNext = false;
    int continuation = -1; // the block to repeat first when a page starts with this one
    std::function<void(QPainter &, const QRectF &)> paint;
};

struct Placed
{
    const Block *block = nullptr;
    qreal y = 0;
};

// Sizes and fonts for one paint device (its resolution decides the units).
class Page
{
public:
    explicit Page(QPaintDevice *device)
        : m_device(device)
        , m_dpi(device->logicalDpiY())
        , m_family(QGuiApplication::font().family())
    {
        m_full = QRectF(0, 0, device->width(), device->height());
        m_content = m_full.adjusted(mm(MarginLeft),
                                    mm(MarginTop),
                                    -mm(MarginRight),
                                    -mm(MarginBottom));
    }

    [[nodiscard]] qreal mm(qreal millimetres) const { return millimetres * m_dpi / 25.4; }
    [[nodiscard]] qreal pt(qreal points) const { return points * m_dpi / 72.0; }
    [[nodiscard]] qreal dpi() const { return m_dpi; }
    [[nodiscard]] QPaintDevice *device() const { return m_device; }
    [[nodiscard]] const QRectF &full() const { return m_full; }
    [[nodiscard]] const QRectF &content() const { return m_content; }
    [[nodiscard]] qreal width() const { return m_content.width(); }

    // Without ligatures (PreferNoShaping, which Latin text does not need): text copied from
    // the PDF reads "survfit" and "confidence", not "survﬁt" and "conﬁdence".
    [[nodiscard]] QFont font(qreal points, bool bold = false, bool italic = false) const
    {
        QFont f(m_family);
        f.setStyleStrategy(QFont::PreferNoShaping);
        f.setPointSizeF(points);
        f.setBold(bold);
        f.setItalic(italic);
        return f;
    }
    [[nodiscard]] QFontMetricsF metrics(const QFont &font) const
    {
        return QFontMetricsF(font, m_device);
    }

private:
    QPaintDevice *m_device;
    qreal m_dpi;
    QString m_family;
    QRectF m_full;
    QRectF m_content;
};

// The blocks of a report, and where each page's go.
QList<QList<Placed>> paginate(const QList<Block> &blocks,
                              const QList<Block> &continuations,
                              const QRectF &content)
{
    QList<QList<Placed>> pages(1);
    qreal y = content.top();
    const auto atTop = [&] { return pages.constLast().isEmpty(); };
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Block &block = blocks.at(i);
        // The height of this block and those kept with it.
        qreal chain = block.height;
        for (qsizetype j = i; j + 1 < blocks.size() && blocks.at(j).keepWithNext; ++j)
            chain += blocks.at(j + 1).spaceBefore + blocks.at(j + 1).height;
        if (chain > content.height())
            chain = block.height; // cannot be kept together: at least the block itself
        const qreal before = atTop() ? 0 : block.spaceBefore;
        if (!atTop() && y + before + chain > content.bottom()) {
            pages.append(QList<Placed>());
            y = content.top();
            if (block.continuation >= 0) {
                const Block &head = continuations.at(block.continuation);
                pages.last().append({&head, y});
                y += head.height;
            }
        } else {
            y += before;
        }
        pages.last().append({&block, y});
        y += block.height;
    }
    return pages;
}

// A paragraph of rich text laid out for the device, owned by `owner`.
QTextDocument *document(
    QObject *owner, const Page &page, const QString &html, const QFont &font, qreal width)
{
    auto *doc = new QTextDocument(owner);
    doc->documentLayout()->setPaintDevice(page.device());
    doc->setDocumentMargin(0);
    doc->setDefaultFont(font);
    doc->setDefaultStyleSheet(QStringLiteral("body { color: %1; }").arg(Ink.name()));
    doc->setHtml(html);
    doc->setTextWidth(width);
    return doc;
}

Block textBlock(QTextDocument *doc, qreal spaceBefore, bool keepWithNext = false)
{
    Block block;
    block.height = doc->size().height();
    block.spaceBefore = spaceBefore;
    block.keepWithNext = keepWithNext;
    block.paint = [doc](QPainter &painter, const QRectF &rect) {
        painter.save();
        painter.translate(rect.topLeft());
        doc->drawContents(&painter);
        painter.restore();
    };
    return block;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

// ---- input ------------------------------------------------------------------------------

ReportInput ReportInput::fromSnapshot(const CohortSnapshot &snapshot,
                                      const QString &sourceName,
                                      const QList<ProvenanceEntry> &provenance,
                                      bool demo)
{
    ReportInput input;
    input.sourceName = sourceName;
    input.provenance = provenance;
    input.total = snapshot.total;
    input.demo = demo;
    input.filter = snapshot.filter;
    if (snapshot.survival)
        input.survival = *snapshot.survival;
    input.overallSurvival = snapshot.overallSurvival;
    input.comparison = snapshot.comparison;
    return input;
}

// ---- paper ------------------------------------------------------------------------------

ReportWriter::ReportWriter(ReportInput input, const QLocale &locale)
    : m_input(std::move(input))
    , m_locale(locale)
    , m_paper(defaultPaper(locale))
{}

ReportWriter::Paper ReportWriter::defaultPaper(const QLocale &locale)
{
    // Letter: the United States and Canada, and the countries that follow them.
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
        return Paper::Letter;
    default:
        return Paper::A4;
    }
}

std::optional<ReportWriter::Paper> ReportWriter::parsePaper(QStringView key)
{
    if (key.trimmed().compare(u"a4", Qt::CaseInsensitive) == 0)
        return Paper::A4;
    if (key.trimmed().compare(u"letter", Qt::CaseInsensitive) == 0)
        return Paper::Letter;
    return std::nullopt;
}

QString ReportWriter::title() const
{
    return tr("Clinical outcomes report");
}

ExportResult ReportWriter::writePdf(const QString &path)
{
    ExportFile file(path);
    if (!file.open())
        return file.result();
    {
        QPdfWriter writer(file.device());
        writer.setResolution(600);
        writer.setCreator(QCoreApplication::applicationName() + u' '
                          + QCoreApplication::applicationVersion());
        writer.setTitle(title() + QStringLiteral(" — ") + m_input.sourceName);
        writer.setPageLayout(
            QPageLayout(QPageSize(m_paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4),
                        QPageLayout::Portrait,
                        QMarginsF()));
        if (!render(&writer))
            file.fail(tr("the report could not be drawn"));
    }
    return file.commit();
}

bool ReportWriter::print(QPrinter *printer)
{
    // The report draws its own margins, header and footer on the whole sheet.
    printer->setFullPage(true);
    printer->setDocName(title());
    return render(printer);
}

// ---- layout -----------------------------------------------------------------------------

bool ReportWriter::render(QPagedPaintDevice *device)
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    const Page page(device);
    const qreal width = page.width();
    const NumberFormat format(m_locale);
    QObject owner; // the text documents of this rendering
    QList<Block> blocks;
    QList<Block> continuations;

    const auto paragraph =
        [&](const QString &html, qreal size, qreal spaceBefore, bool keepWithNext = false) {
            blocks.append(textBlock(document(&owner, page, html, page.font(size), width),
                                    spaceBefore,
                                    keepWithNext));
        };
    const auto heading = [&](const QString &text) {
        paragraph(QStringLiteral("<b>%1</b>").arg(escaped(text)), HeadingSize, page.mm(7), true);
    };

    // The comparison table as the window shows it, in the report's locale.
    ComparisonTableModel table;
    table.setLocale(m_locale);
    if (m_input.comparison) {
        table.setResults(*m_input.comparison, m_input.survival, m_input.overallSurvival);
        for (auto it = m_input.tests.cbegin(); it != m_input.tests.cend(); ++it)
            table.setTest(it.key(), it.value());
    }

    // -- title, date, source ----------------------------------------------------------------
    paragraph(QStringLiteral("<span style=\"font-size:%1pt\"><b>%2</b></span>")
                  .arg(TitleSize)
                  .arg(escaped(title())),
              BodySize,
              0);
    QString timeFormat = m_locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QStringLiteral(":ss")).remove(QStringLiteral(".ss"));
    const QString created = m_locale.toString(m_input.created.date(), QLocale::LongFormat)
                            + QStringLiteral(", ")
                            + m_locale.toString(m_input.created.time(), timeFormat);
    paragraph(QStringLiteral("<span style=\"color:%1\">%2</span>")
                  .arg(Muted.name(),
                       escaped(tr("Created %1 with CohortLens %2")
                                   .arg(created, QCoreApplication::applicationVersion()))),
              BodySize,
              page.mm(1.5));

    if (m_input.demo) {
        QTextDocument *doc
            = document(&owner,
                       page,
                       QStringLiteral("<b>%1</b> %2")
                           .arg(escaped(tr("Synthetic demo data — not real patients.")),
                                escaped(tr(
                                    "The bundled demo registry reproduces the published aggregates "
                                    "of a surgical series (Surgery 2008;144:645-51); no real "
                                    "patient is in it."))),
                       page.font(BodySize),
                       width - page.mm(6));
        Block banner;
        banner.height = doc->size().height() + page.mm(4);
        banner.spaceBefore = page.mm(4);
        banner.paint = [doc, &page](QPainter &p, const QRectF &rect) {
            p.save();
            p.setPen(QPen(DemoEdge, page.pt(0.8)));
            p.setBrush(DemoBand);
            p.drawRect(rect);
            p.translate(rect.topLeft() + QPointF(page.mm(3), page.mm(2)));
            doc->drawContents(&p);
            p.restore();
        };
        blocks.append(banner);
    }

    // Data source and cohort: a two-column list.
    {
        QString rows;
        const auto row = [&](const QString &key, const QString &value) {
            rows += QStringLiteral("<tr><td style=\"color:%1; padding-right:12px\">%2</td>"
                                   "<td>%3</td></tr>")
                        .arg(Muted.name(), escaped(key), value);
        };
        QString source = escaped(m_input.sourceName);
        QStringList files;
        for (const ProvenanceEntry &entry : std::as_const(m_input.provenance)) {
            if (!files.contains(entry.sourceName))
                files << entry.sourceName;
        }
        // A database names the files imported into it; a file names itself.
        if (!std::all_of(files.cbegin(), files.cend(), [&](const QString &file) {
                return m_input.sourceName.contains(file);
            }))
            source += QStringLiteral(" (%1)").arg(escaped(files.join(QStringLiteral(", "))));
        row(tr("Data source"), source);
        for (const ProvenanceEntry &entry : std::as_const(m_input.provenance)) {
            row(m_input.provenance.size() > 1 ? tr("SHA-256 of %1").arg(entry.sourceName)
                                              : tr("SHA-256"),
                QStringLiteral("<span style=\"font-family:'DejaVu Sans Mono',monospace; "
                               "font-size:%1pt\">%2</span>")
                    .arg(SmallSize)
                    .arg(escaped(entry.sha256)));
            row(m_input.provenance.size() > 1 ? tr("Rows of %1").arg(entry.sourceName) : tr("Rows"),
                escaped(tr("%1 read, %2 imported, %3 rejected")
                            .arg(m_locale.toString(entry.rowsRead),
                                 m_locale.toString(entry.rowsImported),
                                 m_locale.toString(entry.rowsRejected))));
        }
        row(tr("Patients in the registry"), escaped(m_locale.toString(m_input.total)));
        row(tr("Filter"), escaped(m_input.filter.description(m_locale)));
        QStringList arms;
        if (m_input.comparison && m_input.comparison->groups.size() > 1) {
            for (const ComparisonResult::Group &g : m_input.comparison->groups)
                arms << tr("%1 n = %2").arg(g.name, m_locale.toString(g.n));
        } else if (m_input.survival.groups.size() > 1) {
            for (const GroupSurvival &g : m_input.survival.groups)
                arms << tr("%1 n = %2").arg(g.name, m_locale.toString(qulonglong(g.curve.n)));
        }
        QString analysed = tr("n = %1").arg(m_locale.toString(qulonglong(m_input.survival.n)));
        if (!arms.isEmpty())
            analysed += QStringLiteral(": ") + arms.join(QStringLiteral("; "));
        row(tr("Patients analysed"), escaped(analysed));
        if (!m_input.survival.excluded.isEmpty())
            row(tr("Rows left out"),
                escaped(tr("%1 (without a valid time, event or group)")
                            .arg(m_locale.toString(m_input.survival.excluded.size()))));
        paragraph(QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">%1</table>").arg(rows),
                  BodySize,
                  page.mm(5));
    }

    // -- figures ----------------------------------------------------------------------------
    const qreal scale = page.dpi() / 96.0; // one layout pixel = 1/96 inch: fonts keep their size
    const QString subtitle = m_input.filter.description(m_locale);
    int figureNumber = 0;
    const auto figure = [&](qreal height,
                            std::function<void(QPainter &, const QRectF &)> draw,
                            const QString &caption) {
        ++figureNumber;
        Block block;
        block.height = height;
        block.spaceBefore = page.mm(3);
        block.keepWithNext = true;
        block.paint = std::move(draw);
        blocks.append(block);
        paragraph(QStringLiteral("<b>%1</b> %2")
                      .arg(escaped(tr("Figure %1.").arg(figureNumber)), escaped(caption)),
                  CaptionSize,
                  page.mm(2));
    };

    if (!m_input.survival.groups.isEmpty()) {
        heading(tr("Survival"));
        const qreal share = m_input.chartOptions.extendedRiskTable ? 0.8 : 0.66;
        const qreal height = std::min(width * share, page.content().height() * 0.7);
        const SurvivalResult &survival = m_input.survival;
        const KaplanMeierChartOptions options = m_input.chartOptions;
        // The caption says what the figure draws, as the chart's options have it.
        QStringList parts;
        parts << (survival.groups.size() > 1
                      ? tr("Kaplan-Meier estimate of survival by %1").arg(survival.group)
                      : tr("Kaplan-Meier estimate of survival"));
        if (options.confidenceBands)
            parts << tr("shaded: pointwise %1 confidence intervals (%2)")
                         .arg(format.percent(survival.confLevel * 100, 0),
                              SurvivalFormatter::confTypeKey(survival.confType));
        if (options.censorMarks)
            parts << tr("ticks: censored patients");
        const bool medianReached = std::any_of(survival.groups.cbegin(),
                                               survival.groups.cend(),
                                               [](const GroupSurvival &g) {
                                                   return g.median.time.has_value();
                                               });
        if (options.medianLines && medianReached)
            parts << tr("dashed lines: median survival");
        if (options.minimumAtRisk > 0)
            parts << tr("curves end where the number at risk falls below %1")
                         .arg(options.minimumAtRisk);
        if (options.riskTable)
            parts << (options.extendedRiskTable
                          ? tr("under the time axis, per group, the patients at risk and the "
                               "cumulative numbers censored and with an event at each time")
                          : tr("under the time axis, the number at risk at each time"));
        QString caption = parts.join(QStringLiteral("; ")) + u'.';
        if (survival.groups.size() > 1 && survival.logRank && survival.logRank->p) {
            const double p = *survival.logRank->p;
            caption += u' '
                       + (p < 0.001 ? tr("Log-rank test p %1.").arg(format.pValue(p))
                                    : tr("Log-rank test p = %1.").arg(format.pValue(p)));
        }
        figure(
            height,
            [&survival, options, subtitle, scale](QPainter &p, const QRectF &rect) {
                // The figure's own padding (12 layout pixels) in the margins: its title and
                // axis line up with the text.
                const qreal pad = 12 * scale;
                KaplanMeierChart::renderFigure(&p,
                                               rect.adjusted(-pad, 0, pad, 0),
                                               survival,
                                               QString(),
                                               subtitle,
                                               options,
                                               scale);
            },
            caption);
    }

    if (m_input.symptomRelief && m_input.comparison && !m_input.comparison->groups.isEmpty()) {
        heading(tr("Symptom relief"));
        const ComparisonResult &comparison = *m_input.comparison;
        const QString chartTitle = SymptomReliefChart::tr("Symptom relief after treatment");
        figure(
            std::min(width * 0.56, page.content().height() * 0.6),
            [&comparison, chartTitle, subtitle, scale](QPainter &p, const QRectF &rect) {
                SymptomReliefChart::renderFigure(&p, rect, comparison, chartTitle, subtitle, scale);
            },
            tr("Patients whose carcinoid syndrome improved and whose obstruction was relieved "
               "after "
               "treatment, in percent of those who had the symptom, with n/N above each bar, "
               "Wilson 95% confidence intervals as whiskers and the test of each comparison "
               "under its bars."));
    }

    // -- methods ----------------------------------------------------------------------------
    {
        const SurvivalResult &s = m_input.survival;
        const QString level = format.percent(s.confLevel * 100, 0);
        QStringList sentences;
        if (!s.groups.isEmpty()) {
            sentences << tr("Survival was estimated by the Kaplan-Meier method with Greenwood "
                            "standard errors and %1 %2 confidence intervals (R survival::survfit); "
                            "median follow-up by the reverse Kaplan-Meier method.")
                             .arg(level, SurvivalFormatter::confTypeKey(s.confType));
            if (s.logRank && s.groups.size() > 1)
                sentences << tr("Survival curves were compared with the log-rank test "
                                "(survival::survdiff).");
            if (s.cox && !s.cox->termNames.isEmpty())
                sentences << tr("Hazard ratios with Wald %1 confidence intervals come from a Cox "
                                "proportional hazards model with %2 ties (survival::coxph).")
                                 .arg(level,
                                      s.cox->ties == Stats::CoxTies::Efron ? tr("Efron")
                                                                           : tr("Breslow"));
        }
        if (m_input.comparison && table.rowCount() > 0) {
            std::set<ComparisonTest> used;
            for (int r = 0; r < table.rowCount(); ++r) {
                const QVariant test = table.index(r, table.testColumn())
                                          .data(ComparisonTableModel::TestRole);
                if (test.isValid())
                    used.insert(test.value<ComparisonTest>());
            }
            QStringList tests;
            for (const ComparisonTest t : used) {
                switch (t) {
                case ComparisonTest::Pearson:
                    tests << tr("Pearson's χ² test without continuity correction (chisq.test)");
                    break;
                case ComparisonTest::Yates:
                    tests << tr("the χ² test with Yates' continuity correction (chisq.test)");
                    break;
                case ComparisonTest::Fisher:
                    tests << tr("Fisher's exact test (fisher.test)");
                    break;
                case ComparisonTest::Wilcoxon:
                    tests << tr("the Wilcoxon rank-sum test (wilcox.test)");
                    break;
                case ComparisonTest::Welch:
                    tests << tr("Welch's t-test (t.test)");
                    break;
                }
            }
            sentences << tr("Proportions are given with Wilson score %1 confidence intervals "
                            "(prop.test).")
                             .arg(level);
            if (!tests.isEmpty())
                sentences << tr("Groups were compared with %1; Table 1 names the test of each "
                                "row (by default Pearson's χ² when every expected count is at "
                                "least 5, else Fisher's exact test, and the Wilcoxon test for "
                                "continuous variables).")
                                 .arg(m_locale.createSeparatedList(tests));
        }
        sentences << tr("All tests are two-sided. CohortLens reproduces R survival 3.x and R "
                        "stats to a relative difference of 1e-6; its methods are documented in "
                        "docs/methods.md.");
        heading(tr("Methods"));
        paragraph(escaped(sentences.join(u' ')), BodySize, page.mm(1.5));
    }

    // -- the comparison table ---------------------------------------------------------------
    if (m_input.comparison && table.rowCount() > 0) {
        heading(tr("Comparison of the groups"));
        paragraph(QStringLiteral("<b>%1</b> %2")
                      .arg(escaped(tr("Table 1.")),
                           escaped(tr("Patients, outcomes and survival by %1; %2.")
                                       .arg(m_input.comparison->group.isEmpty()
                                                ? tr("group")
                                                : m_input.comparison->group,
                                            subtitle))),
                  CaptionSize,
                  page.mm(3),
                  true);

        const QList<TableExporter::Footnote> notes = TableExporter::testFootnotes(table);
        const auto markOf = [&](const QString &name) -> QString {
            for (qsizetype i = 0; i < notes.size(); ++i) {
                if (notes.at(i).first == name)
                    return QString(QChar(u'a' + static_cast<char16_t>(i % 26)));
            }
            return {};
        };

        // The cells as the window shows them, but "NR" for "not reached" as the table's note
        // explains: a median that is not reached then takes no more room than a number.
        const QString notReached = ComparisonTableModel::tr("not reached");
        const QString notReachedShort = ComparisonTableModel::tr("NR");
        const auto cellText = [&](int r, int c) {
            QString text = table.index(r, c).data().toString();
            if (c > 0) {
                text.replace(notReached, notReachedShort);
            } else {
                // No short last word alone on a line: "(95% CI)" wraps whole.
                qsizetype leading = 0;
                while (leading < text.size() && text.at(leading) == u' ')
                    ++leading;
                const QString words = text.mid(leading).trimmed();
                const qsizetype space = words.lastIndexOf(u' ');
                if (space > 0 && words.size() - space <= 5)
                    text[leading + space] = QChar(0x00a0);
            }
            return text;
        };

        // Column widths: the values, p and the test as wide as their widest text; the
        // variable column takes the rest and wraps. Smaller type when it gets too narrow.
        const int columns = table.columnCount();
        const int testColumn = table.testColumn();
        const qreal pad = page.mm(1.3);
        const qreal indent = page.mm(3);
        const QString markRoom = QStringLiteral(" a");
        qreal size = TableSize;
        QList<qreal> widths(columns, 0);
        for (;; size -= 0.5) {
            const QFontMetricsF m = page.metrics(page.font(size));
            const QFontMetricsF bold = page.metrics(page.font(size, true));
            std::fill(widths.begin(), widths.end(), 0);
            for (int c = 1; c < columns; ++c) {
                for (const QString &line :
                     table.headerData(c, Qt::Horizontal).toString().split(u'\n'))
                    widths[c] = std::max(widths[c], bold.horizontalAdvance(line));
                for (int r = 0; r < table.rowCount(); ++r) {
                    const QString text = cellText(r, c).trimmed();
                    qreal w = m.horizontalAdvance(text);
                    if (c == testColumn && !markOf(text).isEmpty())
                        w += m.horizontalAdvance(markRoom);
                    widths[c] = std::max(widths[c], w);
                }
                widths[c] += 2 * pad;
            }
            qreal longest = 0; // the longest label of the variable column, unwrapped
            for (int r = 0; r < table.rowCount(); ++r) {
                const QString text = table.index(r, 0).data().toString();
                longest = std::max(longest,
                                   bold.horizontalAdvance(text.trimmed())
                                       + (text.startsWith(u' ') ? indent : 0));
            }
            qreal used = 0;
            for (int c = 1; c < columns; ++c)
                used += widths[c];
            widths[0] = width - used;
            // Wide enough for most labels on one line, or as small as type should get.
            if (widths[0] >= std::min(longest + 2 * pad, page.mm(40)) || size <= 7)
                break;
        }
        const QFont cellFont = page.font(size);
        const QFont boldFont = page.font(size, true);
        const QFont markFont = page.font(size * 0.7);
        const QFontMetricsF cellMetrics = page.metrics(cellFont);
        const qreal vpad = page.mm(0.7);
        const qreal heavy = page.pt(1.0);
        const qreal light = page.pt(0.5);
        const auto alignmentOf = [testColumn](int c) { // called by the blocks, after this scope
            return c == 0 || c == testColumn ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignCenter;
        };

        // The header line, at the table's top and again on each page it continues on.
        QString headerTallest;
        qreal headerHeight = 0;
        for (int c = 0; c < columns; ++c) {
            const QString text = table.headerData(c, Qt::Horizontal).toString();
            headerHeight = std::max(headerHeight,
                                    page.metrics(boldFont)
                                        .boundingRect(QRectF(0, 0, widths[c] - 2 * pad, 1e9),
                                                      Qt::AlignCenter | Qt::TextWordWrap,
                                                      text)
                                        .height());
        }
        headerHeight += 2 * vpad;
        const auto paintHeader =
            [&table, widths, columns, boldFont, pad, heavy, light, alignmentOf](QPainter &p,
                                                                                const QRectF &rect) {
                p.save();
                p.setPen(QPen(Qt::black, heavy));
                p.drawLine(QLineF(rect.left(), rect.top(), rect.right(), rect.top()));
                p.setPen(QPen(Qt::black, light));
                p.drawLine(QLineF(rect.left(), rect.bottom(), rect.right(), rect.bottom()));
                p.setFont(boldFont);
                p.setPen(Ink);
                qreal x = rect.left();
                for (int c = 0; c < columns; ++c) {
                    const QRectF cell(x + pad, rect.top(), widths[c] - 2 * pad, rect.height());
                    p.drawText(cell,
                               int(alignmentOf(c)) | (c == 0 ? Qt::TextWordWrap : 0),
                               table.headerData(c, Qt::Horizontal).toString());
                    x += widths[c];
                }
                p.restore();
            };
        Block header;
        header.height = headerHeight;
        header.spaceBefore = page.mm(1.5);
        header.keepWithNext = true;
        header.paint = paintHeader;
        blocks.append(header);

        Block continued;
        const QFont continuedFont = page.font(CaptionSize, false, true);
        const qreal continuedHeight = page.metrics(continuedFont).height() * 1.4;
        continued.height = continuedHeight + headerHeight;
        const QString continuedText = tr("Table 1 (continued)");
        continued.paint =
            [paintHeader, continuedFont, continuedHeight, continuedText](QPainter &p,
                                                                         const QRectF &rect) {
                p.save();
                p.setFont(continuedFont);
                p.setPen(Muted);
                p.drawText(QRectF(rect.left(), rect.top(), rect.width(), continuedHeight),
                           Qt::AlignLeft | Qt::AlignTop,
                           continuedText);
                p.restore();
                paintHeader(p, rect.adjusted(0, continuedHeight, 0, 0));
            };
        continuations.append(continued);

        const qsizetype firstRow = blocks.size();
        qreal tableHeight = header.height;
        for (int r = 0; r < table.rowCount(); ++r) {
            const bool section = table.index(r, 0)
                                     .data(ComparisonTableModel::LineKindRole)
                                     .value<ComparisonTableModel::LineKind>()
                                 == ComparisonTableModel::LineKind::Section;
            QStringList texts;
            qreal rowHeight = cellMetrics.height();
            for (int c = 0; c < columns; ++c)
                texts << cellText(r, c);
            // Only the variable column wraps; the others are as wide as their widest text.
            const QFontMetricsF labelMetrics = page.metrics(section ? boldFont : cellFont);
            rowHeight = std::max(rowHeight,
                                 labelMetrics
                                     .boundingRect(QRectF(0,
                                                          0,
                                                          widths[0] - 2 * pad
                                                              - (texts.at(0).startsWith(u' ') ? indent
                                                                                              : 0),
                                                          1e9),
                                                   Qt::AlignLeft | Qt::TextWordWrap,
                                                   texts.at(0).trimmed())
                                     .height());
            QStringList marks;
            for (int c = 0; c < columns; ++c)
                marks << (c == testColumn ? markOf(texts.at(c)) : QString());
            Block line;
            line.height = rowHeight + 2 * vpad;
            line.continuation = int(continuations.size() - 1);
            const bool last = r == table.rowCount() - 1;
            line.paint = [texts,
                          marks,
                          widths,
                          columns,
                          section,
                          last,
                          cellFont,
                          boldFont,
                          markFont,
                          pad,
                          indent,
                          heavy,
                          alignmentOf,
                          cellMetrics](QPainter &p, const QRectF &rect) {
                p.save();
                if (section)
                    p.fillRect(rect, SectionBand);
                qreal x = rect.left();
                for (int c = 0; c < columns; ++c) {
                    QRectF cell(x + pad, rect.top(), widths[c] - 2 * pad, rect.height());
                    const QString &text = texts.at(c);
                    if (c == 0 && text.startsWith(u' '))
                        cell.setLeft(cell.left() + indent);
                    p.setFont(section && c == 0 ? boldFont : cellFont);
                    p.setPen(text == QStringLiteral("—")
                                     || text == ComparisonTableModel::tr("no test")
                                 ? Muted
                                 : Ink);
                    QRectF drawn;
                    p.drawText(cell,
                               int(alignmentOf(c)) | (c == 0 ? Qt::TextWordWrap : 0),
                               text.trimmed(),
                               &drawn);
                    if (!marks.at(c).isEmpty()) {
                        p.setFont(markFont);
                        p.drawText(QPointF(drawn.right() + cellMetrics.horizontalAdvance(u' ') / 3,
                                           drawn.top() + cellMetrics.ascent() * 0.55),
                                   marks.at(c));
                    }
                    x += widths[c];
                }
                if (last) {
                    p.setPen(QPen(Qt::black, heavy));
                    p.drawLine(QLineF(rect.left(), rect.bottom(), rect.right(), rect.bottom()));
                }
                p.restore();
            };
            tableHeight += line.height;
            blocks.append(line);
        }
        // A table that fits one page stays on one page; a longer one continues under its
        // header, never leaving a lone line behind.
        const bool together = tableHeight <= page.content().height() * 0.9;
        for (qsizetype i = firstRow; i < blocks.size(); ++i) {
            const qsizetype fromStart = i - firstRow;
            const qsizetype toEnd = blocks.size() - 1 - i;
            blocks[i].keepWithNext = together || fromStart < 2 || toEnd <= 2; // the last: notes
        }

        // Notes under the table: what the cells hold, then each test named.
        paragraph(escaped(TableExporter::comparisonNote()), SmallSize, page.mm(1.5));
        if (!notes.isEmpty()) {
            QString html;
            for (qsizetype i = 0; i < notes.size(); ++i) {
                if (i > 0)
                    html += QStringLiteral("<br>");
                html += QStringLiteral("<sup>%1</sup> <i>%2</i>: %3")
                            .arg(markOf(notes.at(i).first),
                                 escaped(notes.at(i).first),
                                 escaped(notes.at(i).second));
            }
            paragraph(html, SmallSize, page.mm(1));
        }
    }

    // -- pages --------------------------------------------------------------------------------
    const QList<QList<Placed>> pages = paginate(blocks, continuations, page.content());
    m_pages = int(pages.size());
    const QFont runningFont = page.font(SmallSize);
    const QFontMetricsF running = page.metrics(runningFont);
    const QString headerLeft = m_input.sourceName.isEmpty()
                                   ? title()
                                   : title() + QStringLiteral(" — ") + m_input.sourceName;
    const QString footerLeft = m_input.demo
                                   ? tr("Synthetic demo data — not real patients")
                                   : tr("CohortLens %1").arg(QCoreApplication::applicationVersion());
    for (qsizetype n = 0; n < pages.size(); ++n) {
        if (n > 0 && !device->newPage()) {
            painter.end();
            return false;
        }
        // Running header and footer.
        const QRectF content = page.content();
        painter.setFont(runningFont);
        painter.setPen(Muted);
        const QRectF headerRect(content.left(),
                                page.mm(HeaderTop),
                                content.width(),
                                running.height());
        painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignVCenter, headerLeft);
        painter.drawText(headerRect, Qt::AlignRight | Qt::AlignVCenter, created);
        painter.setPen(QPen(QColor(0xB0, 0xB0, 0xB0), page.pt(0.5)));
        const qreal ruleY = headerRect.bottom() + page.mm(1.5);
        painter.drawLine(QLineF(content.left(), ruleY, content.right(), ruleY));
        const QRectF footerRect(content.left(),
                                page.full().bottom() - page.mm(FooterBottom) - running.height(),
                                content.width(),
                                running.height());
        painter.setPen(m_input.demo ? QColor(0x8A, 0x5A, 0x00) : Muted);
        painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter, footerLeft);
        painter.setPen(Muted);
        painter.drawText(footerRect,
                         Qt::AlignRight | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(n + 1).arg(pages.size()));

        for (const Placed &placed : pages.at(n)) {
            const QRectF rect(content.left(), placed.y, content.width(), placed.block->height);
            placed.block->paint(painter, rect);
        }
    }
    return painter.end();
}

} // namespace CohortLens
