// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "symptomreliefchart.h"

#include "chartstyle.h"
#include "comparisonformatter.h"
#include "nativeschema.h"
#include "numberformat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QTextDocument>
#include <QTextOption>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace CohortLens {

namespace {

using F = NativeSchema::Field;

constexpr qreal BarWidth = 0.6;       // of a category's width, shared by its bars
constexpr qreal AxisMinimumTop = 104; // the axis ends a little above 100%
constexpr qreal AxisMaximumTop = 119; // and below a 120% tick
constexpr qreal OverlayZ = 100;       // above the bars and grid
const QColor InkColor(0x22, 0x22, 0x22);
const QColor MutedColor(0x59, 0x59, 0x59);

// What an overlay item is (its data(0)); data(1) holds its category, data(2) its group.
enum class Mark { Category, Caption, NoPatients, Whisker, CountLabel };

// The overlay's root: draws nothing itself.
class OverlayItem final : public QGraphicsItem
{
public:
    explicit OverlayItem(QGraphicsItem *parent)
        : QGraphicsItem(parent)
    {
        setFlag(ItemHasNoContents);
    }
    QRectF boundingRect() const override { return {}; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}
};

QString pText(const NumberFormat &f, double p)
{
    const QString value = f.pValue(p);
    return value.startsWith(u'<') ? SymptomReliefChart::tr("p %1").arg(value)
                                  : SymptomReliefChart::tr("p = %1").arg(value);
}

} // namespace

SymptomReliefChart::SymptomReliefChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 240);

    auto *c = new QChart;
    c->setAnimationOptions(QChart::NoAnimation);
    c->setBackgroundRoundness(0);
    c->setTitleFont(ChartStyle::titleFont());
    c->legend()->setAlignment(Qt::AlignTop);
    c->legend()->setFont(ChartStyle::labelFont());
    c->setLocalizeNumbers(true);

    m_series = new QBarSeries(c);
    m_series->setBarWidth(BarWidth);
    c->addSeries(m_series);

    m_axisX = new QBarCategoryAxis(c);
    m_axisX->setGridLineVisible(false);
    // Qt Charts truncates a category label that does not fit ("Carcinoid syndrome ...")
    // and would drop the test's line with it: the overlay writes them, wrapped instead.
    m_axisX->setLabelsVisible(false);
    c->addAxis(m_axisX, Qt::AlignBottom);
    m_series->attachAxis(m_axisX);

    m_axisY = new QValueAxis(c);
    m_axisY->setRange(0, AxisMinimumTop);
    m_axisY->setTickType(QValueAxis::TicksDynamic);
    m_axisY->setTickAnchor(0);
    m_axisY->setTickInterval(20);
    // With localized numbers Qt Charts takes "%.<precision><type>", the rest as text.
    m_axisY->setLabelFormat(QStringLiteral("%.0f%"));
    m_axisY->setLineVisible(false); // the grid carries the scale; no line above 100%
    m_axisY->setLabelsFont(ChartStyle::labelFont());
    m_axisY->setTitleFont(ChartStyle::labelFont());
    m_axisY->setTitleText(tr("Patients (%)"));
    m_axisY->setMinorTickCount(0);
    c->addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisY);

    m_baseMargins = c->margins();
    // QChartView made a chart of its own, and lets go of it when given this one.
    QChart *previous = chart();
    setChart(c);
    delete previous;
    connect(c, &QChart::plotAreaChanged, this, [this] { updateOverlay(); });

    updateTitle();
    rebuild();
}

QString SymptomReliefChart::title() const
{
    return m_title.isNull() ? tr("Symptom relief after treatment") : m_title;
}

void SymptomReliefChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    updateTitle(); // its line breaks follow the width
}

void SymptomReliefChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_axisY->setTitleText(tr("Patients (%)"));
        updateTitle();
        rebuild(); // categories, tests, the note under the axis
    } else if (event->type() == QEvent::LocaleChange) {
        rebuild();
    }
}

SymptomReliefChart::~SymptomReliefChart() = default;

void SymptomReliefChart::setResult(const ComparisonResult &result)
{
    m_result = result;
    rebuild();
}

void SymptomReliefChart::setTitle(const QString &title)
{
    m_title = title;
    updateTitle();
}

void SymptomReliefChart::setSubtitle(const QString &subtitle)
{
    m_subtitle = subtitle;
    updateTitle();
}

void SymptomReliefChart::updateTitle()
{
    // Qt Charts has no subtitle: the title is rich text with a second, smaller line.
    const QFont titleFont = ChartStyle::titleFont();
    const QFont subtitleFont = ChartStyle::subtitleFont();
    // Qt Charts elides a title wider than the chart ("Soulagement des symptômes après
    // tr..."); it is broken between words instead.
    const qreal available = chart()->size().width() - 48;
    const QFontMetricsF metrics(titleFont);
    QStringList lines;
    for (const QString &word : title().split(u' ', Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && available > 0
            && metrics.horizontalAdvance(lines.last() + u' ' + word) <= available)
            lines.last() += u' ' + word;
        else if (!lines.isEmpty() && available <= 0)
            lines.last() += u' ' + word;
        else
            lines << word;
    }
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    QString html = QStringLiteral("<div align=\"center\"><span style=\"font-size:%1pt; "
                                  "font-weight:bold\">%2</span>")
                       .arg(titleFont.pointSizeF())
                       .arg(lines.join(QStringLiteral("<br>")));
    if (!m_subtitle.isEmpty())
        html += QStringLiteral("<br><span style=\"font-size:%1pt; font-weight:normal; "
                               "color:%2\">%3</span>")
                    .arg(subtitleFont.pointSizeF())
                    .arg(MutedColor.name(), m_subtitle.toHtmlEscaped());
    html += QStringLiteral("</div>");
    chart()->setTitle(html);
}

// ---- data -----------------------------------------------------------------------------

void SymptomReliefChart::rebuild()
{
    const NumberFormat f;
    m_groups.clear();
    for (const ComparisonResult::Group &g : std::as_const(m_result.groups))
        m_groups << g.name;

    struct Spec
    {
        F field;
        QString name;
        QString allYes;
        QString noneYes;
    };
    const Spec specs[] = {
        {F::CsImproved,
         tr("Carcinoid syndrome improved"),
         tr("no test: all improved"),
         tr("no test: none improved")},
        {F::ObstructionRelieved,
         tr("Obstruction relieved"),
         tr("no test: all relieved"),
         tr("no test: none relieved")},
    };
    m_categories.clear();
    for (const Spec &spec : specs) {
        Category category;
        category.variable = NativeSchema::name(spec.field);
        category.name = spec.name;
        const auto row = std::find_if(m_result.rows.cbegin(),
                                      m_result.rows.cend(),
                                      [&](const ComparisonRow &r) {
                                          return r.variable == category.variable
                                                 && r.type == ComparisonVariable::Type::Binary;
                                      });
        for (qsizetype g = 0; g < m_groups.size(); ++g) {
            Cell cell;
            if (row != m_result.rows.cend() && g < row->cells.size()) {
                const Stats::Proportion &p = row->cells.at(g).proportion;
                cell = {p.count, p.n, p.percent, p.lower, p.upper};
            }
            category.hasPatients = category.hasPatients || cell.n > 0;
            category.cells << cell;
        }
        if (!category.hasPatients)
            category.testLabel = tr("no test: no patients");
        else if (m_groups.size() < 2)
            category.testLabel = QString();
        else if (const auto p = row->p())
            category.testLabel = ComparisonFormatter::testName(row->test) + u' ' + pText(f, *p);
        else if (row->overall.proportion.count == row->overall.proportion.n)
            category.testLabel = spec.allYes;
        else if (row->overall.proportion.count == 0)
            category.testLabel = spec.noneYes;
        else
            category.testLabel = tr("no test: a group has no patients");
        m_categories << category;
    }

    // Bars: one set per group, in the palette's order.
    m_series->clear();
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        auto *set = new QBarSet(m_groups.at(g), m_series);
        const QColor color = ChartStyle::groupColor(int(g));
        set->setColor(color);
        // A white edge keeps two adjacent bars apart.
        set->setBorderColor(Qt::white);
        for (const Category &category : std::as_const(m_categories))
            set->append(category.cells.at(g).percent.value_or(0));
        m_series->append(set);
    }
    QStringList names;
    for (const Category &category : std::as_const(m_categories))
        names << category.name;
    m_axisX->setCategories(names);
    chart()->legend()->setVisible(!m_groups.isEmpty());

    // Whiskers and labels: created here, placed by updateOverlay() whenever the plot moves.
    m_overlay = std::make_unique<OverlayItem>(chart());
    m_overlay->setZValue(OverlayZ);
    QPen pen(InkColor, 1.6);
    pen.setCapStyle(Qt::FlatCap);
    auto addText = [&](const QString &html, Mark kind, int index) {
        auto *text = new QGraphicsTextItem(m_overlay.get());
        text->setFont(ChartStyle::labelFont());
        text->setDefaultTextColor(InkColor);
        text->document()->setDefaultTextOption(QTextOption(Qt::AlignHCenter));
        text->setHtml(html);
        text->setData(0, int(kind));
        text->setData(1, index);
    };
    for (qsizetype c = 0; c < m_categories.size(); ++c) {
        // Under each category: its name, then the test and p-value of its row.
        const Category &category = m_categories.at(c);
        QString html = category.name.toHtmlEscaped();
        if (!category.testLabel.isEmpty()) {
            // In a narrow figure the line breaks between the test and its p, nowhere else:
            // "Pearson χ²" / "p = 0.064".
            // A label without a p-value ("no test: all relieved") wraps anywhere.
            QString test = category.testLabel;
            const qsizetype p = test.lastIndexOf(QStringLiteral(" p "));
            if (p > 0) {
                test.replace(u' ', QChar(0x00a0));
                test[p] = u' ';
            }
            html += QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                        .arg(MutedColor.name(), test.toHtmlEscaped());
        }
        addText(html, Mark::Category, int(c));
    }
    if (!m_groups.isEmpty())
        addText(QStringLiteral("<span style=\"color:%1; font-size:%2pt\">%3</span>")
                    .arg(MutedColor.name())
                    .arg(ChartStyle::subtitleFont().pointSizeF())
                    .arg(tr("Percent of the patients who had the symptom, with n/N above each "
                            "bar; whiskers: 95% confidence interval (Wilson).")
                             .toHtmlEscaped()),
                Mark::Caption,
                0);

    for (qsizetype c = 0; c < m_categories.size(); ++c) {
        const Category &category = m_categories.at(c);
        if (!category.hasPatients) {
            auto *none = new QGraphicsSimpleTextItem(tr("no patients"), m_overlay.get());
            QFont font = ChartStyle::labelFont();
            font.setItalic(true);
            none->setFont(font);
            none->setBrush(MutedColor);
            none->setData(0, int(Mark::NoPatients));
            none->setData(1, int(c));
            continue;
        }
        for (qsizetype g = 0; g < m_groups.size(); ++g) {
            const Cell &cell = category.cells.at(g);
            if (cell.n == 0)
                continue;
            if (cell.lower && cell.upper) {
                auto *whisker = new QGraphicsPathItem(m_overlay.get());
                whisker->setPen(pen);
                whisker->setData(0, int(Mark::Whisker));
                whisker->setData(1, int(c));
                whisker->setData(2, int(g));
            }
            auto *label = new QGraphicsSimpleTextItem(f.fraction(cell.count, cell.n),
                                                      m_overlay.get());
            label->setFont(ChartStyle::labelFont());
            label->setBrush(InkColor);
            label->setData(0, int(Mark::CountLabel));
            label->setData(3, label->text()); // on one line; updateOverlay() may break it
            label->setData(1, int(c));
            label->setData(2, int(g));
        }
    }
    updateOverlay();
}

// ---- geometry -------------------------------------------------------------------------

QPointF SymptomReliefChart::barTop(int group, int category, double percent) const
{
    // Qt Charts lays bar `set` of `n` in category c from c - w/2 + set·w/n to
    // c - w/2 + (set + 1)·w/n (BarChartItem::calculateLayout); the centre is halfway.
    const qreal n = std::max<qreal>(1, qreal(m_groups.size()));
    const qreal x = category - BarWidth / 2 + (group + 0.5) * BarWidth / n;
    return chart()->mapToPosition(QPointF(x, percent), m_series);
}

void SymptomReliefChart::updateOverlay()
{
    m_whiskers.clear();
    if (!m_overlay)
        return;
    const QRectF plot = chart()->plotArea();
    if (plot.isEmpty())
        return;
    // Just enough room above 100% for an "n/N" label over a full bar: (M - 100) of M
    // units must hold the label's height h in a plot H high, so M = 100 H / (H - h).
    const qreal labelRoom = QFontMetricsF(ChartStyle::labelFont()).height() + 8;
    const qreal axisTop = plot.height() > 2 * labelRoom
                              ? std::clamp(100 * plot.height() / (plot.height() - labelRoom),
                                           AxisMinimumTop,
                                           AxisMaximumTop)
                              : AxisMaximumTop;
    if (std::abs(axisTop - m_axisY->max()) > 0.25)
        m_axisY->setMax(axisTop); // the plot area stays: nothing calls back, so go on here
    const qreal n = std::max<qreal>(1, qreal(m_groups.size()));
    // Pixels per category and per bar, to size the caps and spacing with the plot.
    const qreal barPixels = plot.width() / std::max<qsizetype>(1, m_categories.size()) * BarWidth
                            / n;
    const qreal capHalf = std::clamp(barPixels * 0.18, 4.0, 14.0);
    const qreal gap = 3;
    const QList<QList<double>> drawn = drawnBarCentres();

    const QList<QGraphicsItem *> items = m_overlay->childItems();
    // The text under the plot: category names with their tests, then the caption.
    const qreal categoryWidth = plot.width() / std::max<qsizetype>(1, m_categories.size());
    const qreal textTop = plot.bottom() + 6;
    qreal categoryHeight = 0;
    QGraphicsTextItem *caption = nullptr;
    for (QGraphicsItem *item : items) {
        const auto kind = Mark(item->data(0).toInt());
        if (kind == Mark::Caption) {
            caption = static_cast<QGraphicsTextItem *>(item);
        } else if (kind == Mark::Category) {
            auto *text = static_cast<QGraphicsTextItem *>(item);
            const int c = item->data(1).toInt();
            text->setTextWidth(std::max<qreal>(40, categoryWidth - 8));
            text->setPos(plot.left() + c * categoryWidth + (categoryWidth - text->textWidth()) / 2,
                         textTop);
            categoryHeight = std::max(categoryHeight, text->boundingRect().height());
        }
    }
    qreal needed = 6 + categoryHeight;
    if (caption) {
        caption->setTextWidth(plot.width());
        caption->setPos(plot.left(), textTop + categoryHeight + 2);
        needed += 2 + caption->boundingRect().height();
    }
    // Make room for it at the bottom of the chart; the layout runs again and calls back.
    // The space under the plot is the axis's (fixed) plus the bottom margin.
    const qreal available = chart()->rect().bottom() - plot.bottom();
    const qreal axis = available - chart()->margins().bottom();
    const qreal bottom = std::max<qreal>(m_baseMargins.bottom(), needed + 10 - axis);
    if (std::abs(bottom - chart()->margins().bottom()) > 1) {
        QMargins margins = chart()->margins();
        margins.setBottom(int(std::ceil(bottom)));
        chart()->setMargins(margins);
    }

    for (QGraphicsItem *item : items) {
        const auto kind = Mark(item->data(0).toInt());
        const int c = item->data(1).toInt();
        if (kind == Mark::NoPatients) {
            auto *text = static_cast<QGraphicsSimpleTextItem *>(item);
            const QPointF centre = chart()->mapToPosition(QPointF(c, 50), m_series);
            const QRectF box = text->boundingRect();
            text->setPos(centre.x() - box.width() / 2, centre.y() - box.height() / 2);
            continue;
        }
        if (kind != Mark::Whisker && kind != Mark::CountLabel)
            continue;
        const int g = item->data(2).toInt();
        const Cell &cell = m_categories.at(c).cells.at(g);
        const QPointF top = barTop(g, c, cell.percent.value_or(0));
        if (kind == Mark::Whisker) {
            auto *path = static_cast<QGraphicsPathItem *>(item);
            const QPointF upper = barTop(g, c, *cell.upper);
            const QPointF lower = barTop(g, c, *cell.lower);
            QPainterPath p;
            p.moveTo(lower);
            p.lineTo(upper);
            p.moveTo(upper.x() - capHalf, upper.y());
            p.lineTo(upper.x() + capHalf, upper.y());
            p.moveTo(lower.x() - capHalf, lower.y());
            p.lineTo(lower.x() + capHalf, lower.y());
            path->setPath(p);
            Whisker w;
            w.group = g;
            w.category = c;
            w.lower = *cell.lower;
            w.upper = *cell.upper;
            w.centreX = m_overlay->mapToScene(upper).x();
            w.top = m_overlay->mapToScene(upper).y();
            w.bottom = m_overlay->mapToScene(lower).y();
            w.barCentreX = drawn.value(g).value(c, std::numeric_limits<double>::quiet_NaN());
            m_whiskers << w;
        } else if (kind == Mark::CountLabel) {
            auto *text = static_cast<QGraphicsSimpleTextItem *>(item);
            const qreal above = std::min(top.y(),
                                         cell.upper ? barTop(g, c, *cell.upper).y() : top.y());
            // "329659/382903" is wider than its bar in a large registry: the count and the
            // denominator go on two lines rather than over the neighbouring bar's label.
            // Still too wide (narrow bars): a smaller font, down to a legible minimum.
            QString label = text->data(3).toString();
            QFont font = ChartStyle::labelFont();
            const qreal room = barPixels - gap; // labels sit on bar centres, a bar apart
            if (QFontMetricsF(font).horizontalAdvance(label) > room)
                label.replace(u'/', QStringLiteral("/\n"));
            const qreal wide = QFontMetricsF(font).boundingRect(QRectF(), 0, label).width();
            if (wide > room)
                font.setPointSizeF(std::max(6.5, font.pointSizeF() * room / wide));
            if (text->font() != font)
                text->setFont(font);
            if (text->text() != label)
                text->setText(label);
            const QRectF box = text->boundingRect();
            text->setPos(top.x() - box.width() / 2, above - gap - box.height());
        }
    }
    std::sort(m_whiskers.begin(), m_whiskers.end(), [](const Whisker &a, const Whisker &b) {
        return std::pair(a.group, a.category) < std::pair(b.group, b.category);
    });
}

QList<QList<double>> SymptomReliefChart::drawnBarCentres() const
{
    // The bars as Qt Charts drew them: rectangles of the set's colour inside the plot area.
    QList<QList<double>> centres;
    if (!scene())
        return centres;
    const QRectF plot = chart()->mapRectToScene(chart()->plotArea()).adjusted(-1, -1, 1, 1);
    const QList<QGraphicsItem *> items = scene()->items();
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        const QColor color = ChartStyle::groupColor(int(g));
        QList<double> xs;
        for (const QGraphicsItem *item : items) {
            const auto *rect = qgraphicsitem_cast<const QGraphicsRectItem *>(item);
            if (!rect || !rect->isVisible() || rect->brush().color() != color)
                continue;
            const QRectF box = rect->mapRectToScene(rect->rect());
            if (!plot.contains(box))
                continue;
            xs << box.center().x();
        }
        std::sort(xs.begin(), xs.end());
        if (xs.size() != m_categories.size())
            xs = QList<double>(m_categories.size(), std::numeric_limits<double>::quiet_NaN());
        centres << xs;
    }
    return centres;
}

// ---- read-outs ------------------------------------------------------------------------

QStringList SymptomReliefChart::groupNames() const
{
    return m_groups;
}

QStringList SymptomReliefChart::categoryNames() const
{
    QStringList names;
    for (const Category &c : m_categories)
        names << c.name;
    return names;
}

QList<QList<std::optional<double>>> SymptomReliefChart::barValues() const
{
    QList<QList<std::optional<double>>> values;
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        QList<std::optional<double>> row;
        for (const Category &c : m_categories)
            row << (c.cells.at(g).n > 0 ? c.cells.at(g).percent : std::nullopt);
        values << row;
    }
    return values;
}

QList<QStringList> SymptomReliefChart::barLabels() const
{
    const NumberFormat f;
    QList<QStringList> labels;
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        QStringList row;
        for (const Category &c : m_categories) {
            const Cell &cell = c.cells.at(g);
            row << (cell.n > 0 ? f.fraction(cell.count, cell.n) : QString());
        }
        labels << row;
    }
    return labels;
}

QStringList SymptomReliefChart::testLabels() const
{
    QStringList labels;
    for (const Category &c : m_categories)
        labels << c.testLabel;
    return labels;
}

QList<bool> SymptomReliefChart::categoryHasPatients() const
{
    QList<bool> has;
    for (const Category &c : m_categories)
        has << c.hasPatients;
    return has;
}

QList<SymptomReliefChart::Whisker> SymptomReliefChart::whiskers() const
{
    return m_whiskers;
}

// ---- rendering ------------------------------------------------------------------------

QSizeF SymptomReliefChart::layoutSize(const QSizeF &target, qreal scale)
{
    if (scale > 0) {
        // A physical size: the layout is the target in layout pixels, but never so small
        // that the labels crowd the bars; then it is scaled down to fit instead.
        const qreal fit = std::min({scale,
                                    target.width() / MinimumLayoutSize.width(),
                                    target.height() / MinimumLayoutSize.height()});
        return fit > 0 ? target / fit : target;
    }
    // Laid out at about 900 × 600 and scaled up: a 2100 × 1500 export is the same figure
    // at a higher resolution, with text as large relative to the bars as on screen.
    const qreal up = std::max<qreal>(1, std::min(target.width() / 900, target.height() / 600));
    return target / up;
}

void SymptomReliefChart::renderFigure(QPainter *painter, const QRectF &target, qreal scale) const
{
    renderFigure(painter, target, m_result, title(), m_subtitle, scale);
}

void SymptomReliefChart::renderFigure(QPainter *painter,
                                      const QRectF &target,
                                      const ComparisonResult &result,
                                      const QString &title,
                                      const QString &subtitle,
                                      qreal scale)
{
    // A figure of its own, so the window's chart keeps its size and nothing of it is
    // cropped by the view's scroll position or device pixel ratio.
    SymptomReliefChart figure;
    figure.setTitle(title);
    figure.setSubtitle(subtitle);
    figure.setResult(result);
    figure.renderInto(painter, target, scale);
}

void SymptomReliefChart::renderInto(QPainter *painter, const QRectF &target, qreal scale)
{
    QChart *c = chart();
    c->setPos(0, 0);
    c->resize(layoutSize(target.size(), scale));
    updateTitle();
    // Twice: the first pass reserves the room the text under the plot needs.
    for (int pass = 0; pass < 2; ++pass) {
        if (QGraphicsLayout *layout = c->layout())
            layout->activate();
        updateOverlay();
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    scene()->render(painter, target, c->geometry(), Qt::KeepAspectRatio);
    painter->restore();
}

} // namespace CohortLens
