// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "survivalanalysis.h"

#include <QChartView>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QAreaSeries;
class QGraphicsItem;
class QGraphicsLineItem;
class QGraphicsPathItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QGraphicsTextItem;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace CohortLens {

struct KaplanMeierChartOptions
{
    bool confidenceBands = false;   // stepped bands (QAreaSeries), light group colour
    bool censorMarks = true;        // vertical tick at each censoring time on the curve
    bool riskTable = true;          // number-at-risk table under the plot, same scene
    bool extendedRiskTable = false; // KMunicate style: also censored and events rows per group
    bool medianLines = true;        // dashed lines from y=50% to the median and down to the x axis
    bool showPValue = true;         // "Log-rank p = 0.522" inside the plot (test named)
    bool years = false;             // x axis in years (time/12) instead of months
    // Stop drawing a curve (and its band and marks) once fewer than this remain at risk: it
    // ends at the last time whose risk set still has this many (0 = never).
    int minimumAtRisk = 0;
    friend bool operator==(const KaplanMeierChartOptions &, const KaplanMeierChartOptions &)
        = default;
};

// The Kaplan-Meier figure of the viewer: a step curve per group with censor marks, optional
// confidence bands, median lines, the log-rank p, and the number-at-risk table under the
// time axis, each of its cells centred on its tick. Draws a finished SurvivalResult; it never
// estimates anything (the table and the hover read-out look values up in the result's rows).
//
// Times are shown in months, or in years (time / 12) with options().years; every x value of
// the inspection API below is in those display units, every y value in percent.
//
// On screen the figure follows the palette (light or dark). renderFigure() always draws a
// fresh copy in paper colours (black on white), laid out for the target's size, so an export
// never depends on the window's size or theme.
class KaplanMeierChart final : public QChartView
{
    Q_OBJECT

public:
    explicit KaplanMeierChart(QWidget *parent = nullptr);
    ~KaplanMeierChart() override;

    void setResult(const SurvivalResult &result); // groups, curves, tests
    void setResult(SurvivalResult &&result);      // the same without copying the curves
    [[nodiscard]] const SurvivalResult &result() const { return m_result; }
    void setTitle(const QString &text); // default (or a null string) tr("Overall survival")
    [[nodiscard]] QString title() const;
    void setSubtitle(const QString &text); // the active filter in words, under the title
    [[nodiscard]] QString subtitle() const { return m_subtitle; }
    void setTimeLabel(const QString &text); // empty: tr("Months") / tr("Years")
    [[nodiscard]] QString timeLabel() const;
    void setOptions(const KaplanMeierChartOptions &options);
    [[nodiscard]] KaplanMeierChartOptions options() const { return m_options; }

    // What is drawn, for tests and exports.
    // The drawn step points of a group's curve (decimated to the pixel width for very long
    // curves): (0, 100) first, two points at each drop, the last at the curve's last time.
    [[nodiscard]] QList<QPointF> curvePoints(int group) const;
    [[nodiscard]] QList<QPointF> bandPoints(int group, bool upper) const;
    // Censor marks: one per censoring time, or per pixel for very many; none when they would
    // average more than one per two pixels (they would only thicken the curve).
    [[nodiscard]] QList<QPointF> censorMarks(int group) const;
    [[nodiscard]] QList<double> tickValues() const;
    // One row per table line: its label, then one cell per tick. At risk at t: patients with
    // time >= t (Stats::survivalAt). The extended (KMunicate) table has per group a heading
    // line (the group's name, empty cells) and the lines "At risk", "Censored" and "Events",
    // the last two cumulative before t, so that the three add up to the group's n.
    [[nodiscard]] QList<QStringList> riskTableRows() const;
    // Where each cell's text is drawn (chart coordinates), in the order of riskTableRows()
    // without the labels.
    [[nodiscard]] QList<QList<QRectF>> riskTableCellRects() const;
    // The area the table (heading, labels and cells) takes, chart coordinates; empty without.
    [[nodiscard]] QRectF riskTableRect() const;
    // Hover text at a time (display units): per group S(t) with its interval and n at risk.
    [[nodiscard]] QString readout(double time) const;
    // The legend entry of a group, "cytoreduction (n = 30, 4 events)".
    [[nodiscard]] QString legendText(int group) const;
    [[nodiscard]] QString pValueText() const; // empty when no test is shown

    // The whole figure (title, subtitle, plot, legend, at-risk table) rendered into target of
    // a QImage, QPdfWriter or QSvgGenerator painter. `scale` is the number of target units per
    // layout pixel; 0 takes the paint device's resolution over 96 dpi, so a 300 dpi image or
    // PDF gets the proportions of the screen. The layout is made for target / scale (at least
    // 360 × 260 layout pixels), so nothing is cut off whatever the target's shape.
    void renderFigure(QPainter *painter, const QRectF &target, qreal scale = 0) const;
    // A fresh figure of the given logical size (for exports of a chart that is not on screen);
    // a null title gives the default one.
    static void renderFigure(QPainter *painter,
                             const QRectF &target,
                             const SurvivalResult &result,
                             const QString &title,
                             const QString &subtitle,
                             const KaplanMeierChartOptions &options,
                             qreal scale = 0);

    // Lays the figure out as it would be for an export of `size` layout pixels (the scene,
    // not the widget's geometry): for exports and tests of a chart that is not shown.
    void layoutForSize(const QSizeF &size);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct GroupItems
    {
        QLineSeries *curve = nullptr;
        QAreaSeries *band = nullptr;
        QLineSeries *median = nullptr;
        QGraphicsPathItem *marks = nullptr;
        std::size_t drawnRows = 0; // rows before the minimumAtRisk cut
        QList<QPointF> markPoints;
    };
    struct LegendEntry
    {
        QGraphicsLineItem *marker = nullptr;
        QGraphicsSimpleTextItem *label = nullptr;
        int line = 0; // the legend's line (it wraps when the groups do not fit in one)
        qreal width = 0;
    };
    struct TableLine
    {
        QGraphicsSimpleTextItem *label = nullptr;
        QList<QGraphicsSimpleTextItem *> cells;
        int group = -1;
        bool heading = false;
    };

    void createChart();
    void rebuild();
    void rebuildTable();
    void updateLayout();
    void placeItems();
    void updateSeriesPoints();
    [[nodiscard]] qreal layoutLegend(qreal width);
    void placeLegend();
    void applyColors();
    bool chooseTicks(double plotWidth); // true when the ticks changed
    void updateHover(const QPointF &chartPos);
    void hideHover();
    [[nodiscard]] double divisor() const { return m_options.years ? 12.0 : 1.0; }
    [[nodiscard]] double maxDisplayTime() const;
    [[nodiscard]] int decimationColumns() const;
    [[nodiscard]] QStringList readoutLines(double time, QList<int> *groups) const;
    [[nodiscard]] QColor textColor() const;
    [[nodiscard]] QColor secondaryTextColor() const;
    [[nodiscard]] QColor backgroundColor() const;
    [[nodiscard]] QColor gridColor() const;
    [[nodiscard]] qreal tableRowHeight() const;
    [[nodiscard]] qreal tableTopGap() const;
    [[nodiscard]] qreal tableHeight() const;
    void renderInto(QPainter *painter, const QRectF &target, qreal scale);

    SurvivalResult m_result;
    KaplanMeierChartOptions m_options;
    QString m_title; // null: the default title
    QString m_subtitle;
    QString m_timeLabel;
    bool m_paper = false;   // export colours: black on white
    qreal m_pixelScale = 1; // device pixels per layout pixel, for decimation
    bool m_layingOut = false;

    QChart *m_chart = nullptr;
    QValueAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QGraphicsTextItem *m_titleItem = nullptr;
    QGraphicsTextItem *m_subtitleItem = nullptr;
    QGraphicsSimpleTextItem *m_pValueItem = nullptr;
    QGraphicsSimpleTextItem *m_tableHeading = nullptr;
    QGraphicsLineItem *m_hoverLine = nullptr;
    QGraphicsRectItem *m_hoverBox = nullptr;
    QGraphicsTextItem *m_hoverText = nullptr;
    std::unique_ptr<QGraphicsRectItem> m_plotLayer;  // censor marks
    std::unique_ptr<QGraphicsRectItem> m_tableLayer; // table labels and cells
    std::unique_ptr<QGraphicsRectItem> m_legendLayer;
    QList<LegendEntry> m_legend;
    qreal m_legendTop = 0;
    std::vector<GroupItems> m_groups;
    QList<TableLine> m_table;
    QList<double> m_ticks;
    QList<QStringList> m_tableRows;
    QRectF m_tableRect;
    int m_leftMargin = 0;
    int m_pointsColumns = -1; // the pixel columns the series points were made for
};

} // namespace CohortLens
