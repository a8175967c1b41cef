// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kaplanmeierchart.h"

#include "chartstyle.h"
#include "numberformat.h"

#include <QAreaSeries>
#include <QChart>
#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QScopedValueRollback>
#include <QTextDocument>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace CohortLens {

namespace {

// Layout, in layout pixels (device-independent: a 300 dpi export scales all of it).
constexpr qreal Pad = 12;            // around the figure
constexpr qreal LabelGap = 10;       // between the table's labels and its first column
constexpr qreal ColumnGap = 10;      // least free space between two table columns
constexpr qreal MarkHalfHeight = 4;  // censor tick
constexpr qreal MaxLabelShare = 0.3; // table labels take at most this share of the width
constexpr int MaxTicks = 10;
constexpr int MinPreferredTicks = 5;

// The data kept per drawn pixel column when a curve has more points than pixels: the first
// and the last point of the column and its lowest and highest, in their order (M4). A step
// curve keeps every horizontal run (it starts and ends in different columns) and every drop
// (a column's highest and lowest), so the drawn shape does not change.
struct Decimator
{
    Decimator(double xMax, int columns, bool active)
        : m_xMax(xMax > 0 ? xMax : 1)
        , m_columns(std::max(columns, 1))
        , m_active(active)
    {}

    void add(const QPointF &point)
    {
        if (!m_active) {
            m_out.append(point);
            return;
        }
        const int column = std::clamp(static_cast<int>(point.x() / m_xMax * m_columns),
                                      0,
                                      m_columns - 1);
        if (column != m_column || m_count == 0) {
            flush();
            m_column = column;
            m_first = m_last = m_min = m_max = {m_index, point};
        } else {
            m_last = {m_index, point};
            if (point.y() < m_min.second.y())
                m_min = {m_index, point};
            if (point.y() > m_max.second.y())
                m_max = {m_index, point};
        }
        ++m_count;
        ++m_index;
    }

    QList<QPointF> finish()
    {
        flush();
        return std::move(m_out);
    }

private:
    using Indexed = std::pair<qsizetype, QPointF>;

    void flush()
    {
        if (m_count == 0)
            return;
        std::array<Indexed, 4> kept{m_first, m_min, m_max, m_last};
        std::sort(kept.begin(), kept.end(), [](const Indexed &a, const Indexed &b) {
            return a.first < b.first;
        });
        qsizetype previous = -1;
        for (const Indexed &p : kept) {
            if (p.first != previous)
                m_out.append(p.second);
            previous = p.first;
        }
        m_count = 0;
    }

    double m_xMax;
    int m_columns;
    bool m_active;
    int m_column = -1;
    qsizetype m_count = 0;
    qsizetype m_index = 0;
    Indexed m_first, m_last, m_min, m_max;
    QList<QPointF> m_out;
};

// The right-continuous step function of a value of the first `count` rows, in display
// units: (0, 100), then at each change a point at the old and one at the new value, and a
// last point at the last row's time.
template<typename Value>
QList<QPointF> stepPoints(const std::vector<Stats::KaplanMeierRow> &rows,
                          std::size_t count,
                          double divisor,
                          double xMax,
                          int columns,
                          Value value)
{
    if (count == 0)
        return {};
    // At most two points per row: decimate only when that could exceed what the pixels show.
    Decimator sink(xMax, columns, 2 * count + 2 > 4 * std::size_t(std::max(columns, 1)));
    double current = 100;
    QPointF last(0, current);
    sink.add(last);
    for (std::size_t i = 0; i < count; ++i) {
        const double x = rows[i].time / divisor;
        const double v = value(rows[i]);
        if (v == current)
            continue;
        if (last != QPointF(x, current))
            sink.add(QPointF(x, current));
        last = QPointF(x, v);
        sink.add(last);
        current = v;
    }
    const double end = rows[count - 1].time / divisor;
    if (last.x() < end)
        sink.add(QPointF(end, current));
    return sink.finish();
}

// Nice tick intervals, display units, smallest first.
const QList<double> &monthIntervals()
{
    static const QList<double> steps{0.1, 0.2, 0.5, 1,   2,   3,   6,    12,   24,   36,
                                     60,  120, 180, 240, 360, 600, 1200, 2400, 6000, 12000};
    return steps;
}

const QList<double> &yearIntervals()
{
    static const QList<double> steps{0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};
    return steps;
}

int tickCount(double max, double interval)
{
    return static_cast<int>(std::floor(max / interval + 1e-9)) + 1;
}

int intervalDecimals(double interval)
{
    if (std::abs(interval - std::round(interval)) < 1e-9)
        return 0;
    return std::abs(interval * 10 - std::round(interval * 10)) < 1e-9 ? 1 : 2;
}

QColor mix(const QColor &a, const QColor &b, qreal share) // share of b
{
    return QColor::fromRgbF(a.redF() * (1 - share) + b.redF() * share,
                            a.greenF() * (1 - share) + b.greenF() * share,
                            a.blueF() * (1 - share) + b.blueF() * share);
}

bool segmentHitsRect(const QPointF &a, const QPointF &b, const QRectF &rect)
{
    // Step curves have only horizontal and vertical segments: their bounding box is the
    // segment itself.
    const QRectF box = QRectF(a, b).normalized().adjusted(-1, -1, 1, 1);
    return box.intersects(rect);
}

QGraphicsRectItem *newLayer(QGraphicsItem *parent, qreal z)
{
    auto *layer = new QGraphicsRectItem(parent);
    layer->setPen(Qt::NoPen);
    layer->setBrush(Qt::NoBrush);
    layer->setFlag(QGraphicsItem::ItemHasNoContents);
    layer->setZValue(z);
    return layer;
}

} // namespace

KaplanMeierChart::KaplanMeierChart(QWidget *parent)
    : QChartView(new QChart, parent)
{
    createChart();
}

KaplanMeierChart::~KaplanMeierChart() = default;

void KaplanMeierChart::createChart()
{
    m_chart = chart();
    m_chart->setBackgroundRoundness(0);
    m_chart->setDropShadowEnabled(false);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setLocalizeNumbers(true);
    m_chart->setLocale(locale());

    m_axisX = new QValueAxis(m_chart);
    m_axisX->setTickType(QValueAxis::TicksDynamic);
    m_axisX->setTickAnchor(0);
    m_axisX->setTickInterval(12);
    m_axisX->setMinorTickCount(0);
    m_axisY = new QValueAxis(m_chart);
    m_axisY->setRange(0, 100);
    m_axisY->setTickType(QValueAxis::TicksDynamic);
    m_axisY->setTickAnchor(0);
    m_axisY->setTickInterval(25);
    m_axisY->setMinorTickCount(0);
    m_axisY->setLabelFormat(QStringLiteral("%.0f%"));
    m_axisY->setTitleText(tr("Survival"));
    for (QValueAxis *axis : {m_axisX, m_axisY}) {
        axis->setLabelsFont(ChartStyle::labelFont());
        axis->setTitleFont(ChartStyle::labelFont());
    }
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);

    // The legend is drawn as scene items: Qt's cuts long entries instead of wrapping them.
    m_chart->legend()->setVisible(false);

    m_titleItem = new QGraphicsTextItem(m_chart);
    m_titleItem->setFont(ChartStyle::titleFont());
    m_titleItem->document()->setDocumentMargin(0);
    m_subtitleItem = new QGraphicsTextItem(m_chart);
    m_subtitleItem->setFont(ChartStyle::subtitleFont());
    m_subtitleItem->document()->setDocumentMargin(0);
    m_pValueItem = new QGraphicsSimpleTextItem(m_chart);
    m_pValueItem->setFont(ChartStyle::labelFont());
    m_pValueItem->setZValue(110);
    m_tableHeading = new QGraphicsSimpleTextItem(tr("Number at risk"), m_chart);
    QFont headingFont = ChartStyle::tableFont();
    headingFont.setBold(true);
    m_tableHeading->setFont(headingFont);

    m_hoverLine = new QGraphicsLineItem(m_chart);
    m_hoverLine->setZValue(190);
    m_hoverBox = new QGraphicsRectItem(m_chart);
    m_hoverBox->setZValue(200);
    m_hoverText = new QGraphicsTextItem(m_hoverBox);
    m_hoverText->setFont(ChartStyle::tableFont());
    m_hoverText->document()->setDocumentMargin(6);
    hideHover();

    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::TextAntialiasing);
    setFrameShape(QFrame::NoFrame);
    setMinimumSize(360, 280);
    viewport()->setMouseTracking(true);
    connect(m_chart, &QChart::plotAreaChanged, this, [this] {
        if (!m_layingOut)
            placeItems();
    });

    applyColors();
    rebuild();
}

void KaplanMeierChart::setResult(const SurvivalResult &result)
{
    m_result = result;
    rebuild();
}

void KaplanMeierChart::setResult(SurvivalResult &&result)
{
    m_result = std::move(result);
    rebuild();
}

void KaplanMeierChart::setTitle(const QString &text)
{
    m_title = text;
    updateLayout();
}

QString KaplanMeierChart::title() const
{
    return m_title.isNull() ? tr("Overall survival") : m_title;
}

void KaplanMeierChart::setSubtitle(const QString &text)
{
    m_subtitle = text;
    updateLayout();
}

void KaplanMeierChart::setTimeLabel(const QString &text)
{
    m_timeLabel = text;
    m_axisX->setTitleText(timeLabel());
    updateLayout();
}

QString KaplanMeierChart::timeLabel() const
{
    if (!m_timeLabel.isEmpty())
        return m_timeLabel;
    return m_options.years ? tr("Years") : tr("Months");
}

void KaplanMeierChart::setOptions(const KaplanMeierChartOptions &options)
{
    if (options == m_options)
        return;
    m_options = options;
    rebuild();
}

QColor KaplanMeierChart::backgroundColor() const
{
    return m_paper ? QColor(Qt::white) : palette().color(QPalette::Base);
}

QColor KaplanMeierChart::textColor() const
{
    return m_paper ? QColor(Qt::black) : palette().color(QPalette::Text);
}

QColor KaplanMeierChart::secondaryTextColor() const
{
    return mix(textColor(), backgroundColor(), 0.3);
}

QColor KaplanMeierChart::gridColor() const
{
    return mix(backgroundColor(), textColor(), 0.13);
}

void KaplanMeierChart::applyColors()
{
    const QColor background = backgroundColor();
    const QColor text = textColor();
    setBackgroundBrush(background);
    m_chart->setBackgroundBrush(background);
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setPlotAreaBackgroundVisible(false);
    for (QValueAxis *axis : {m_axisX, m_axisY}) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(mix(background, text, 0.55));
        axis->setGridLineColor(gridColor());
    }
    for (const LegendEntry &entry : std::as_const(m_legend))
        entry.label->setBrush(text);
    m_titleItem->setDefaultTextColor(text);
    m_subtitleItem->setDefaultTextColor(secondaryTextColor());
    m_pValueItem->setBrush(text);
    m_tableHeading->setBrush(text);
    m_hoverLine->setPen(QPen(mix(background, text, 0.45), 1, Qt::DotLine));
    QColor box = background;
    box.setAlphaF(0.93);
    m_hoverBox->setBrush(box);
    m_hoverBox->setPen(QPen(gridColor(), 1));
    m_hoverText->setDefaultTextColor(text);
}

void KaplanMeierChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_paper) {
        applyColors();
        rebuild(); // group items take their colours from the palette's background too
    } else if (event->type() == QEvent::LocaleChange) {
        m_chart->setLocale(locale());
        rebuild();
    } else if (event->type() == QEvent::LanguageChange) {
        m_axisY->setTitleText(tr("Survival"));
        m_tableHeading->setText(tr("Number at risk"));
        rebuild(); // legend, time label, table lines, p-value
    }
}

double KaplanMeierChart::maxDisplayTime() const
{
    double max = 0;
    for (const GroupSurvival &group : m_result.groups) {
        if (!group.curve.rows.empty())
            max = std::max(max, group.curve.rows.back().time);
    }
    max /= divisor();
    return max > 0 ? max : (m_options.years ? 1.0 : 12.0);
}

int KaplanMeierChart::decimationColumns() const
{
    return std::max(1, static_cast<int>(std::ceil(m_chart->plotArea().width() * m_pixelScale)));
}

QString KaplanMeierChart::legendText(int group) const
{
    if (group < 0 || group >= m_result.groups.size())
        return {};
    const GroupSurvival &g = m_result.groups.at(group);
    //: Legend entry of a survival curve: group name, patients, events
    return tr("%1 (n = %2, %Ln event(s))", nullptr, static_cast<int>(g.curve.events))
        .arg(g.name, locale().toString(qulonglong(g.curve.n)));
}

QString KaplanMeierChart::pValueText() const
{
    if (!m_options.showPValue || !m_result.logRank || !m_result.logRank->p
        || m_result.groups.size() < 2)
        return {};
    const double p = *m_result.logRank->p;
    const NumberFormat format(locale());
    //: Test name and p-value inside the survival plot: "Log-rank p = 0.522"
    return p < 0.001 ? tr("%1 p %2").arg(tr("Log-rank"), format.pValue(p))
                     : tr("%1 p = %2").arg(tr("Log-rank"), format.pValue(p));
}

void KaplanMeierChart::rebuild()
{
    hideHover();
    m_chart->removeAllSeries(); // an area series owns its two line series (below)
    m_groups.clear();
    m_plotLayer.reset(newLayer(m_chart, 100));

    const double div = divisor();
    const double maxX = maxDisplayTime();
    m_axisX->setRange(0, maxX);
    m_axisX->setTitleText(timeLabel());
    m_chart->setLocale(locale());

    for (qsizetype i = 0; i < m_result.groups.size(); ++i) {
        const GroupSurvival &group = m_result.groups.at(i);
        const int index = static_cast<int>(i);
        GroupItems items;
        const auto &rows = group.curve.rows;
        items.drawnRows = rows.size();
        if (m_options.minimumAtRisk > 0) {
            const auto cut = std::find_if(rows.cbegin(), rows.cend(), [this](const auto &row) {
                return row.nRisk < std::size_t(m_options.minimumAtRisk);
            });
            items.drawnRows = std::size_t(std::distance(rows.cbegin(), cut));
        }
        QColor color = ChartStyle::groupColor(index);
        if (color == QColor(Qt::black) && backgroundColor().lightnessF() < 0.5)
            color = textColor(); // Okabe-Ito's black on a dark palette

        if (m_options.confidenceBands) {
            auto *upper = new QLineSeries;
            auto *lower = new QLineSeries;
            items.band = new QAreaSeries(upper, lower);
            upper->setParent(items.band);
            lower->setParent(items.band);
            items.band->setPen(Qt::NoPen);
            items.band->setBrush(ChartStyle::bandColor(index));
            m_chart->addSeries(items.band);
        }
        if (m_options.medianLines && group.median.time && items.drawnRows > 0
            && *group.median.time <= rows[items.drawnRows - 1].time) {
            const double median = *group.median.time / div;
            items.median = new QLineSeries;
            items.median->append({QPointF(0, 50), QPointF(median, 50), QPointF(median, 0)});
            QPen pen(color, 1.2, Qt::DashLine);
            items.median->setPen(pen);
            m_chart->addSeries(items.median);
        }
        items.curve = new QLineSeries;
        items.curve->setName(legendText(index));
        QPen pen(color, 2);
        pen.setJoinStyle(Qt::MiterJoin);
        pen.setCapStyle(Qt::FlatCap);
        items.curve->setPen(pen);
        m_chart->addSeries(items.curve);

        if (m_options.censorMarks) {
            items.marks = new QGraphicsPathItem(m_plotLayer.get());
            QPen markPen(color, 1.5);
            markPen.setCapStyle(Qt::FlatCap);
            items.marks->setPen(markPen);
        }
        m_groups.push_back(items);
    }
    m_legend.clear();
    m_legendLayer.reset(newLayer(m_chart, 100));
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        const GroupItems &items = m_groups[g];
        for (QAbstractSeries *series :
             std::initializer_list<QAbstractSeries *>{items.band, items.median, items.curve}) {
            if (series) {
                series->attachAxis(m_axisX);
                series->attachAxis(m_axisY);
            }
        }
        LegendEntry entry;
        entry.marker = new QGraphicsLineItem(m_legendLayer.get());
        entry.marker->setPen(items.curve->pen());
        entry.label = new QGraphicsSimpleTextItem(items.curve->name(), m_legendLayer.get());
        entry.label->setFont(ChartStyle::labelFont());
        entry.label->setBrush(textColor());
        m_legend.append(entry);
    }
    m_pointsColumns = -1;
    m_ticks.clear();
    updateLayout();
}

qreal KaplanMeierChart::tableRowHeight() const
{
    return std::ceil(QFontMetricsF(ChartStyle::tableFont()).height()
                     * (m_options.extendedRiskTable ? 1.2 : 1.35));
}

qreal KaplanMeierChart::tableTopGap() const
{
    return std::ceil(tableRowHeight() * 0.7);
}

qreal KaplanMeierChart::tableHeight() const
{
    if (!m_options.riskTable || m_groups.empty())
        return 0;
    const qreal heading = m_options.extendedRiskTable ? 0 : tableRowHeight() * 1.1;
    const qsizetype lines = m_groups.size() * (m_options.extendedRiskTable ? 4 : 1);
    return heading + qreal(lines) * tableRowHeight();
}

bool KaplanMeierChart::chooseTicks(double plotWidth)
{
    const double max = maxDisplayTime();
    const QList<double> &steps = m_options.years ? yearIntervals() : monthIntervals();
    const double preferred = m_options.years ? 1 : 12;

    // Columns must not touch: the widest cell or tick label plus a gap.
    std::size_t largest = 0;
    for (const GroupSurvival &group : m_result.groups)
        largest = std::max(largest, group.curve.n);
    const QFontMetricsF table(ChartStyle::tableFont());
    const QFontMetricsF labels(ChartStyle::labelFont());
    const NumberFormat format(locale());
    const auto fits = [&](double interval) {
        const int ticks = tickCount(max, interval);
        const QString widestLabel = format.number(interval * (ticks - 1),
                                                  intervalDecimals(interval));
        const qreal widest = std::max(table.horizontalAdvance(
                                          locale().toString(qulonglong(largest))),
                                      labels.horizontalAdvance(widestLabel));
        const double spacing = plotWidth * interval / max;
        return ticks <= MaxTicks && spacing >= widest + ColumnGap;
    };

    double interval = 0;
    if (tickCount(max, preferred) >= MinPreferredTicks && fits(preferred)) {
        interval = preferred;
    } else {
        for (double step : steps) {
            if (tickCount(max, step) >= 2 && fits(step)) {
                interval = step;
                break;
            }
        }
    }
    if (interval == 0) {
        // Too narrow for more: the fewest columns that still label the axis beyond 0.
        for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
            if (tickCount(max, *it) >= 2) {
                interval = *it;
                break;
            }
        }
    }
    if (interval == 0)
        interval = max; // a range below every step
    while (tickCount(max, interval) > MaxTicks)
        interval *= 10; // a range beyond every step

    QList<double> ticks;
    const int count = tickCount(max, interval);
    for (int k = 0; k < count; ++k)
        ticks.append(k * interval);
    const bool changed = interval != m_axisX->tickInterval() || ticks != m_ticks;
    m_axisX->setTickInterval(interval);
    m_axisX->setLabelFormat(QStringLiteral("%.%1f").arg(intervalDecimals(interval)));
    if (ticks != m_ticks) {
        m_ticks = ticks;
        rebuildTable();
    }
    return changed;
}

void KaplanMeierChart::rebuildTable()
{
    m_table.clear();
    m_tableRows.clear();
    m_tableLayer.reset(newLayer(m_chart, 100));
    const bool show = m_options.riskTable && !m_groups.empty();
    m_tableHeading->setVisible(show && !m_options.extendedRiskTable);
    if (!show)
        return;

    const QLocale loc = locale();
    const double div = divisor();
    const QFont font = ChartStyle::tableFont();
    QFont bold = font;
    bold.setBold(true);
    const QColor text = textColor();

    const auto addLine =
        [&](const QString &label, const QStringList &cells, int group, bool heading) {
            TableLine line;
            line.group = group;
            line.heading = heading;
            line.label = new QGraphicsSimpleTextItem(label, m_tableLayer.get());
            line.label->setFont(heading || !m_options.extendedRiskTable ? bold : font);
            line.label->setBrush(m_options.extendedRiskTable && !heading
                                     ? text
                                     : m_groups[std::size_t(group)].curve->pen().color());
            for (const QString &cell : cells) {
                auto *item = new QGraphicsSimpleTextItem(cell, m_tableLayer.get());
                item->setFont(font);
                item->setBrush(text);
                line.cells.append(item);
            }
            m_table.append(line);
            m_tableRows.append(QStringList{label} + cells);
        };

    for (qsizetype g = 0; g < m_result.groups.size(); ++g) {
        const GroupSurvival &group = m_result.groups.at(g);
        const int index = static_cast<int>(g);
        QStringList atRisk, censored, events;
        // Cumulative numbers before each tick, so that at risk + censored + events = n.
        std::size_t row = 0;
        std::size_t sumCensored = 0;
        std::size_t sumEvents = 0;
        const auto &rows = group.curve.rows;
        for (double tick : std::as_const(m_ticks)) {
            const double time = tick * div;
            atRisk.append(loc.toString(qulonglong(Stats::survivalAt(group.curve, time).nRisk)));
            for (; row < rows.size() && rows[row].time < time; ++row) {
                sumCensored += rows[row].nCensor;
                sumEvents += rows[row].nEvent;
            }
            censored.append(loc.toString(qulonglong(sumCensored)));
            events.append(loc.toString(qulonglong(sumEvents)));
        }
        if (m_options.extendedRiskTable) {
            QStringList empty;
            for (qsizetype i = 0; i < m_ticks.size(); ++i)
                empty.append(QString());
            addLine(group.name, empty, index, true);
            addLine(tr("At risk"), atRisk, index, false);
            addLine(tr("Censored"), censored, index, false);
            addLine(tr("Events"), events, index, false);
        } else {
            addLine(group.name, atRisk, index, false);
        }
    }
}

void KaplanMeierChart::updateLayout()
{
    if (m_layingOut)
        return;
    const QScopedValueRollback guard(m_layingOut, true);
    const QSizeF size = m_chart->size();
    if (size.width() < 1 || size.height() < 1)
        return;
    const qreal width = size.width();

    // Title and subtitle, wrapped to the width rather than cut.
    qreal top = Pad;
    const QString titleText = title();
    m_titleItem->setPlainText(titleText);
    m_titleItem->setTextWidth(width - 2 * Pad);
    m_titleItem->setPos(Pad, top);
    m_titleItem->setVisible(!titleText.isEmpty());
    if (!titleText.isEmpty())
        top += m_titleItem->boundingRect().height();
    m_subtitleItem->setPlainText(m_subtitle);
    m_subtitleItem->setTextWidth(width - 2 * Pad);
    m_subtitleItem->setVisible(!m_subtitle.isEmpty());
    if (!m_subtitle.isEmpty()) {
        top += 3;
        m_subtitleItem->setPos(Pad, top);
        top += m_subtitleItem->boundingRect().height();
    }
    top += Pad / 2;

    m_legendTop = top;
    top += layoutLegend(width);

    const qreal table = tableHeight();
    const int bottom = static_cast<int>(std::ceil(table > 0 ? tableTopGap() + table + Pad : Pad));
    const QFontMetricsF tableMetrics(ChartStyle::tableFont());
    QFont bold = ChartStyle::tableFont();
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);

    int left = std::max(m_leftMargin, static_cast<int>(Pad));
    int right = static_cast<int>(Pad);
    // The plot's width sets the ticks, the ticks set the table's width, the table sets the
    // margins: a few rounds settle it. The chart lays out now, not on its next layout
    // request, so that an export rendered straight away is complete.
    for (int pass = 0; pass < 5; ++pass) {
        m_chart->setMargins(QMargins(left, static_cast<int>(std::ceil(top)), right, bottom));
        m_chart->layout()->invalidate();
        m_chart->layout()->activate();
        const QRectF plot = m_chart->plotArea();
        const bool ticksChanged = chooseTicks(plot.width());

        // The table's labels must end left of its first column, its cells must not stick
        // out on the right.
        qreal labelWidth = 0;
        qreal firstCell = 0;
        qreal widestCell = 0;
        for (qsizetype i = 0; i < m_table.size(); ++i) {
            const TableLine &line = m_table.at(i);
            const QFontMetricsF &metrics = line.label->font().bold() ? boldMetrics : tableMetrics;
            const qreal indent = m_options.extendedRiskTable && !line.heading
                                     ? tableMetrics.horizontalAdvance(u'M')
                                     : 0;
            labelWidth = std::max(labelWidth,
                                  indent
                                      + metrics.horizontalAdvance(m_tableRows.at(i).constFirst()));
            for (qsizetype c = 0; c < line.cells.size(); ++c) {
                const qreal w = tableMetrics.horizontalAdvance(line.cells[c]->text());
                widestCell = std::max(widestCell, w);
                if (c == 0)
                    firstCell = std::max(firstCell, w);
            }
        }
        labelWidth = std::min(labelWidth, width * MaxLabelShare);
        const qreal needed = m_table.isEmpty() ? 0 : Pad + labelWidth + LabelGap + firstCell / 2;
        const qreal axisArea = plot.left() - left;
        const int newLeft = std::max(static_cast<int>(Pad),
                                     static_cast<int>(std::ceil(needed - axisArea)));
        const int newRight = std::max(static_cast<int>(Pad),
                                      static_cast<int>(std::ceil(widestCell / 2 + 4)));
        if (newLeft == left && newRight == right && !ticksChanged)
            break;
        left = newLeft;
        right = newRight;
    }
    m_leftMargin = left;
    placeItems();
}

namespace {
constexpr qreal LegendMarkerLength = 22;
constexpr qreal LegendMarkerGap = 6;
constexpr qreal LegendEntryGap = 20;
} // namespace

// Breaks the legend into lines that fit the width; returns the height it takes.
qreal KaplanMeierChart::layoutLegend(qreal width)
{
    if (m_legend.isEmpty())
        return 0;
    const QFontMetricsF metrics(ChartStyle::labelFont());
    const qreal available = width - 2 * Pad;
    int line = 0;
    qreal used = 0;
    for (qsizetype i = 0; i < m_legend.size(); ++i) {
        LegendEntry &entry = m_legend[i];
        const QString full = legendText(static_cast<int>(i));
        const qreal textRoom = available - LegendMarkerLength - LegendMarkerGap;
        entry.label->setText(metrics.elidedText(full, Qt::ElideRight, textRoom));
        entry.width = LegendMarkerLength + LegendMarkerGap
                      + metrics.horizontalAdvance(entry.label->text());
        if (used > 0 && used + LegendEntryGap + entry.width > available) {
            ++line;
            used = 0;
        }
        used += (used > 0 ? LegendEntryGap : 0) + entry.width;
        entry.line = line;
    }
    return (line + 1) * std::ceil(metrics.height() * 1.35) + Pad / 2;
}

// Each legend line centred over the plot, kept inside the figure.
void KaplanMeierChart::placeLegend()
{
    const QFontMetricsF metrics(ChartStyle::labelFont());
    const qreal lineHeight = std::ceil(metrics.height() * 1.35);
    const QRectF plot = m_chart->plotArea();
    const qreal width = m_chart->size().width();
    int line = 0;
    for (qsizetype first = 0; first < m_legend.size(); ++line) {
        qsizetype last = first;
        qreal lineWidth = m_legend[first].width;
        while (last + 1 < m_legend.size() && m_legend[last + 1].line == line) {
            ++last;
            lineWidth += LegendEntryGap + m_legend[last].width;
        }
        qreal x = std::clamp(plot.center().x() - lineWidth / 2, Pad, width - Pad - lineWidth);
        x = std::max(x, Pad);
        const qreal y = m_legendTop + line * lineHeight;
        for (qsizetype i = first; i <= last; ++i) {
            LegendEntry &entry = m_legend[i];
            const qreal middle = y + metrics.height() / 2;
            entry.marker->setLine(x, middle, x + LegendMarkerLength, middle);
            entry.label->setPos(x + LegendMarkerLength + LegendMarkerGap, y);
            x += entry.width + LegendEntryGap;
        }
        first = last + 1;
    }
}

void KaplanMeierChart::updateSeriesPoints()
{
    const int columns = decimationColumns();
    if (columns == m_pointsColumns)
        return;
    m_pointsColumns = columns;
    const double div = divisor();
    const double maxX = maxDisplayTime();
    const double plotHeight = m_chart->plotArea().height() * m_pixelScale;
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        GroupItems &items = m_groups[g];
        const auto &rows = m_result.groups.at(qsizetype(g)).curve.rows;
        const std::size_t count = items.drawnRows;
        items.curve->replace(stepPoints(rows, count, div, maxX, columns, [](const auto &row) {
            return row.surv * 100;
        }));
        if (items.band) {
            items.band->upperSeries()->replace(
                stepPoints(rows, count, div, maxX, columns, [](const auto &row) {
                    return row.upper.value_or(row.surv) * 100;
                }));
            items.band->lowerSeries()->replace(
                stepPoints(rows, count, div, maxX, columns, [](const auto &row) {
                    return row.lower.value_or(row.surv) * 100;
                }));
        }
        items.markPoints.clear();
        if (items.marks) {
            std::size_t censorRows = 0;
            for (std::size_t i = 0; i < count; ++i)
                censorRows += rows[i].nCensor > 0 ? 1 : 0;
            // More marks than pixel columns: one per pixel is all that can be seen. The rows
            // run left to right and downwards, so a repeated pixel is the previous one.
            const bool thin = censorRows > std::size_t(columns);
            qint64 lastColumn = -1;
            qint64 lastPixel = -1;
            for (std::size_t i = 0; i < count; ++i) {
                if (rows[i].nCensor == 0)
                    continue;
                const QPointF point(rows[i].time / div, rows[i].surv * 100);
                if (thin) {
                    const auto column = static_cast<qint64>(point.x() / maxX * columns);
                    const auto pixel = static_cast<qint64>(point.y() / 100 * plotHeight);
                    if (column == lastColumn && pixel == lastPixel)
                        continue;
                    lastColumn = column;
                    lastPixel = pixel;
                }
                items.markPoints.append(point);
            }
            // Denser than one mark per two pixels on average, the ticks only merge into a
            // ribbon that hides the curve: then none are drawn.
            if (items.markPoints.size() * 2 > qsizetype(columns / m_pixelScale))
                items.markPoints.clear();
        }
    }
}

void KaplanMeierChart::placeItems()
{
    const QRectF plot = m_chart->plotArea();
    if (plot.isEmpty())
        return;
    updateSeriesPoints();
    placeLegend();

    // Censor ticks, following the curve at every size.
    for (GroupItems &items : m_groups) {
        if (!items.marks)
            continue;
        QPainterPath path;
        for (const QPointF &point : std::as_const(items.markPoints)) {
            const QPointF at = m_chart->mapToPosition(point, items.curve);
            path.moveTo(at.x(), at.y() - MarkHalfHeight);
            path.lineTo(at.x(), at.y() + MarkHalfHeight);
        }
        items.marks->setPath(path);
    }

    // The p-value: top right inside the plot, elsewhere when a curve runs there.
    const QString pText = pValueText();
    m_pValueItem->setText(pText);
    m_pValueItem->setVisible(!pText.isEmpty());
    if (!pText.isEmpty()) {
        const QSizeF box = m_pValueItem->boundingRect().size();
        const qreal inset = 8;
        const std::array<QPointF, 3> corners{QPointF(plot.right() - inset - box.width(),
                                                     plot.top() + inset),
                                             QPointF(plot.left() + inset,
                                                     plot.bottom() - inset - box.height()),
                                             QPointF(plot.right() - inset - box.width(),
                                                     plot.bottom() - inset - box.height())};
        QPointF chosen = corners[0];
        for (const QPointF &corner : corners) {
            const QRectF rect = QRectF(corner, box).adjusted(-4, -4, 4, 4);
            bool free = true;
            for (const GroupItems &items : m_groups) {
                QList<QLineSeries *> lines{items.curve};
                if (items.band)
                    lines << items.band->upperSeries() << items.band->lowerSeries();
                for (const QLineSeries *series : std::as_const(lines)) {
                    const QList<QPointF> points = series->points();
                    QPointF previous;
                    for (qsizetype i = 0; i < points.size() && free; ++i) {
                        const QPointF at = m_chart->mapToPosition(points[i], items.curve);
                        if (i > 0 && segmentHitsRect(previous, at, rect))
                            free = false;
                        previous = at;
                    }
                }
            }
            if (free) {
                chosen = corner;
                break;
            }
        }
        m_pValueItem->setPos(chosen);
    }

    // The number-at-risk table, each cell centred on its tick.
    m_tableRect = QRectF();
    if (!m_table.isEmpty() && !m_groups.empty()) {
        const qreal rowHeight = tableRowHeight();
        const QFontMetricsF metrics(ChartStyle::tableFont());
        qreal y = m_chart->size().height() - m_chart->margins().bottom() + tableTopGap();
        if (m_tableHeading->isVisible()) {
            m_tableHeading->setPos(Pad, y);
            m_tableRect = m_tableHeading->sceneBoundingRect();
            y += rowHeight * 1.1;
        }
        QList<qreal> tickX;
        for (double tick : std::as_const(m_ticks))
            tickX.append(m_chart->mapToPosition(QPointF(tick, 0), m_groups.front().curve).x());
        const qreal labelWidth = m_chart->size().width() * MaxLabelShare;
        // Centre the text of a line's label and cells on the line's middle.
        const qreal textOffset = (rowHeight - metrics.height()) / 2;
        for (qsizetype i = 0; i < m_table.size(); ++i) {
            TableLine &line = m_table[i];
            const qreal indent = m_options.extendedRiskTable && !line.heading
                                     ? metrics.horizontalAdvance(u'M')
                                     : 0;
            const QString full = m_tableRows.at(i).constFirst();
            line.label->setText(QFontMetricsF(line.label->font())
                                    .elidedText(full, Qt::ElideRight, labelWidth - indent));
            line.label->setPos(Pad + indent, y + textOffset);
            m_tableRect = m_tableRect.united(line.label->sceneBoundingRect());
            for (qsizetype c = 0; c < line.cells.size() && c < tickX.size(); ++c) {
                QGraphicsSimpleTextItem *cell = line.cells[c];
                cell->setPos(tickX[c] - cell->boundingRect().width() / 2, y + textOffset);
                if (!cell->text().isEmpty())
                    m_tableRect = m_tableRect.united(cell->sceneBoundingRect());
            }
            y += rowHeight;
        }
        m_tableRect = m_chart->mapRectFromScene(m_tableRect);
    }
}

void KaplanMeierChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    updateLayout();
}

void KaplanMeierChart::layoutForSize(const QSizeF &size)
{
    m_chart->resize(size);
    scene()->setSceneRect(QRectF(QPointF(0, 0), size));
    updateLayout();
}

QList<QPointF> KaplanMeierChart::curvePoints(int group) const
{
    if (group < 0 || std::size_t(group) >= m_groups.size())
        return {};
    return m_groups[std::size_t(group)].curve->points();
}

QList<QPointF> KaplanMeierChart::bandPoints(int group, bool upper) const
{
    if (group < 0 || std::size_t(group) >= m_groups.size() || !m_groups[std::size_t(group)].band)
        return {};
    const QAreaSeries *band = m_groups[std::size_t(group)].band;
    return upper ? band->upperSeries()->points() : band->lowerSeries()->points();
}

QList<QPointF> KaplanMeierChart::censorMarks(int group) const
{
    if (group < 0 || std::size_t(group) >= m_groups.size())
        return {};
    return m_groups[std::size_t(group)].markPoints;
}

QList<double> KaplanMeierChart::tickValues() const
{
    return m_ticks;
}

QList<QStringList> KaplanMeierChart::riskTableRows() const
{
    return m_tableRows;
}

QList<QList<QRectF>> KaplanMeierChart::riskTableCellRects() const
{
    QList<QList<QRectF>> rects;
    for (const TableLine &line : m_table) {
        QList<QRectF> row;
        for (const QGraphicsSimpleTextItem *cell : line.cells)
            row.append(m_chart->mapRectFromScene(cell->sceneBoundingRect()));
        rects.append(row);
    }
    return rects;
}

QRectF KaplanMeierChart::riskTableRect() const
{
    return m_tableRect;
}

QStringList KaplanMeierChart::readoutLines(double time, QList<int> *groups) const
{
    const NumberFormat format(locale());
    const QLocale loc = locale();
    QStringList lines;
    lines.append(tr("%1: %2").arg(timeLabel(), format.compact(time, m_options.years ? 2 : 1)));
    if (groups)
        groups->append(-1);
    const double level = m_result.confLevel * 100;
    const QString levelText = format.percent(level,
                                             std::abs(level - std::round(level)) < 1e-9 ? 0 : 1);
    for (qsizetype g = 0; g < m_result.groups.size(); ++g) {
        const GroupSurvival &group = m_result.groups.at(g);
        const Stats::SurvivalAtTime at = Stats::survivalAt(group.curve, time * divisor());
        const QString risk = loc.toString(qulonglong(at.nRisk));
        QString line;
        if (!at.surv) {
            //: Hover read-out beyond a group's last follow-up
            line = tr("%1: not estimable, %2 at risk").arg(group.name, risk);
        } else if (at.lower && at.upper) {
            //: Hover read-out: group, S(t), CI level, lower, upper, number at risk
            line = tr("%1: %2 (%3 CI %4–%5), %6 at risk")
                       .arg(group.name,
                            format.percent(*at.surv * 100, 1),
                            levelText,
                            format.percent(*at.lower * 100, 1),
                            format.percent(*at.upper * 100, 1),
                            risk);
        } else {
            line = tr("%1: %2, %3 at risk").arg(group.name, format.percent(*at.surv * 100, 1), risk);
        }
        lines.append(line);
        if (groups)
            groups->append(static_cast<int>(g));
    }
    return lines;
}

QString KaplanMeierChart::readout(double time) const
{
    return readoutLines(time, nullptr).join(u'\n');
}

void KaplanMeierChart::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    updateHover(m_chart->mapFromScene(mapToScene(event->position().toPoint())));
}

void KaplanMeierChart::leaveEvent(QEvent *event)
{
    QChartView::leaveEvent(event);
    hideHover();
}

void KaplanMeierChart::hideHover()
{
    m_hoverLine->setVisible(false);
    m_hoverBox->setVisible(false);
}

void KaplanMeierChart::updateHover(const QPointF &chartPos)
{
    const QRectF plot = m_chart->plotArea();
    if (m_groups.empty() || !plot.contains(chartPos)) {
        hideHover();
        return;
    }
    const double time = std::clamp(m_chart->mapToValue(chartPos, m_groups.front().curve).x(),
                                   0.0,
                                   maxDisplayTime());
    QList<int> groups;
    const QStringList lines = readoutLines(time, &groups);
    QString html;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            html += QStringLiteral("<br>");
        const int group = groups.at(i);
        if (group < 0) {
            html += QStringLiteral("<b>") + lines[i].toHtmlEscaped() + QStringLiteral("</b>");
        } else {
            const QColor color = m_groups[std::size_t(group)].curve->pen().color();
            html += QStringLiteral("<span style=\"color:%1\">&#9632;</span> ").arg(color.name())
                    + lines[i].toHtmlEscaped();
        }
    }
    m_hoverText->setHtml(html);
    const qreal x = m_chart->mapToPosition(QPointF(time, 0), m_groups.front().curve).x();
    m_hoverLine->setLine(x, plot.top(), x, plot.bottom());
    m_hoverLine->setVisible(true);
    const QRectF box = m_hoverText->boundingRect();
    m_hoverBox->setRect(QRectF(QPointF(0, 0), box.size()));
    qreal left = x + 12;
    if (left + box.width() > plot.right())
        left = std::max(plot.left(), x - 12 - box.width());
    const qreal top = std::clamp(chartPos.y() + 16, plot.top(), plot.bottom() - box.height());
    m_hoverBox->setPos(left, top);
    m_hoverBox->setVisible(true);
}

void KaplanMeierChart::renderInto(QPainter *painter, const QRectF &target, qreal scale)
{
    if (!painter || target.isEmpty())
        return;
    if (scale <= 0) {
        const QPaintDevice *device = painter->device();
        scale = device && device->logicalDpiX() > 0 ? device->logicalDpiX() / 96.0 : 1.0;
    }
    // Small targets get a smaller scale rather than a cramped layout.
    constexpr qreal MinWidth = 360;
    constexpr qreal MinHeight = 260;
    scale = std::min({scale, target.width() / MinWidth, target.height() / MinHeight});
    if (scale <= 0)
        return;
    m_pixelScale = scale;
    const QSizeF size(target.width() / scale, target.height() / scale);
    layoutForSize(size);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->fillRect(target, backgroundColor());
    scene()->render(painter, target, QRectF(QPointF(0, 0), size), Qt::IgnoreAspectRatio);
    painter->restore();
}

void KaplanMeierChart::renderFigure(QPainter *painter, const QRectF &target, qreal scale) const
{
    KaplanMeierChart figure;
    figure.m_paper = true;
    figure.applyColors();
    figure.m_title = m_title;
    figure.m_subtitle = m_subtitle;
    figure.m_timeLabel = m_timeLabel;
    figure.m_options = m_options;
    figure.setLocale(locale());
    figure.setResult(m_result);
    figure.renderInto(painter, target, scale);
}

void KaplanMeierChart::renderFigure(QPainter *painter,
                                    const QRectF &target,
                                    const SurvivalResult &result,
                                    const QString &title,
                                    const QString &subtitle,
                                    const KaplanMeierChartOptions &options,
                                    qreal scale)
{
    KaplanMeierChart figure;
    figure.m_paper = true;
    figure.applyColors();
    figure.m_title = title;
    figure.m_subtitle = subtitle;
    figure.m_options = options;
    figure.setResult(result);
    figure.renderInto(painter, target, scale);
}

} // namespace CohortLens
