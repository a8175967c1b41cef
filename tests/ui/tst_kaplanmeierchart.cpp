// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstyle.h"
#include "kaplanmeierchart.h"
#include "localization.h"
#include "numberformat.h"
#include "registryimporter.h"
#include "registrystore.h"
#include "survivalanalysis.h"
#include "testsupport.h"

#include <QAreaSeries>
#include <QChart>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <cmath>
#include <memory>

using namespace CohortLens;

using Observations = QList<Stats::SurvivalObservation>;
Q_DECLARE_METATYPE(KaplanMeierChartOptions)

class tst_KaplanMeierChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void curveIsTheStepFunctionOfTheRows_data();
    void curveIsTheStepFunctionOfTheRows();
    void censorMarksSitOnTheCurve_data();
    void censorMarksSitOnTheCurve();
    void bandsFollowTheBounds();
    void ticksAreNiceAndAreTheTableColumns_data();
    void ticksAreNiceAndAreTheTableColumns();
    void atRiskNumbersAreTheCoreLookups_data();
    void atRiskNumbersAreTheCoreLookups();
    void tableCanBeLeftOut();
    void extendedTableAddsUp();
    void tableIsAlignedAtEverySize_data();
    void tableIsAlignedAtEverySize();
    void renderIsAlignedAndComplete_data();
    void renderIsAlignedAndComplete();
    void vectorExportsAreNotBlank();
    void yearsDivideByTwelve();
    void minimumAtRiskTruncates_data();
    void minimumAtRiskTruncates();
    void legendNamesNAndEvents();
    void pValueOnlyWithATest();
    void medianLinesWhereReached();
    void readoutGivesSurvivalAndAtRisk();
    void hoverShowsTheReadout();
    void paletteOnScreenPaperInExports();
    void longCurvesAreDecimatedWithoutChangingTheShape();
    void demoRegistryByArm();
    void emptyResultDrawsNothing();

private:
    static SurvivalResult result(const QList<Observations> &groups, const QStringList &names = {});
    static SurvivalResult twoGroups();
    static std::unique_ptr<KaplanMeierChart> shown(const SurvivalResult &result,
                                                   const KaplanMeierChartOptions &options = {},
                                                   QSize size = QSize(900, 600));
    static QList<QPointF> expectedSteps(const Stats::KaplanMeierCurve &curve,
                                        double divisor,
                                        double (*value)(const Stats::KaplanMeierRow &));
};

namespace {
// Group "alpha": 10 patients, 4 deaths (an event and a censoring at 10); "beta": 12 patients,
// 7 deaths (two at 3).
const Observations alpha{{2, true},
                         {4, false},
                         {5, true},
                         {8, false},
                         {10, true},
                         {10, false},
                         {15, false},
                         {20, true},
                         {26, false},
                         {30, false}};
const Observations beta{{1, true},
                        {3, true},
                        {3, true},
                        {6, false},
                        {7, true},
                        {12, true},
                        {14, false},
                        {18, true},
                        {22, false},
                        {40, false},
                        {45, true},
                        {50, false}};

double survivalPercent(const Stats::KaplanMeierRow &row)
{
    return row.surv * 100;
}

double upperPercent(const Stats::KaplanMeierRow &row)
{
    return row.upper.value_or(row.surv) * 100;
}

double lowerPercent(const Stats::KaplanMeierRow &row)
{
    return row.lower.value_or(row.surv) * 100;
}

QValueAxis *timeAxis(KaplanMeierChart &chart)
{
    const QList<QAbstractAxis *> axes = chart.chart()->axes(Qt::Horizontal);
    return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.constFirst());
}

bool isInk(QRgb pixel)
{
    return qGray(pixel) < 170;
}

// The bounding box of the dark pixels inside `area`, or an empty rectangle.
QRect inkBox(const QImage &image, const QRect &area)
{
    const QRect clipped = area.intersected(image.rect());
    int left = INT_MAX, right = -1, top = INT_MAX, bottom = -1;
    for (int y = clipped.top(); y <= clipped.bottom(); ++y) {
        for (int x = clipped.left(); x <= clipped.right(); ++x) {
            if (isInk(image.pixel(x, y))) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    return right < 0 ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom));
}

QList<QGraphicsSimpleTextItem *> visibleSimpleTexts(KaplanMeierChart &chart)
{
    QList<QGraphicsSimpleTextItem *> texts;
    for (QGraphicsItem *item : chart.scene()->items()) {
        if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item); text && text->isVisible())
            texts.append(text);
    }
    return texts;
}
} // namespace

void tst_KaplanMeierChart::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    Localization::install(QLocale::c());
    qRegisterMetaType<KaplanMeierChartOptions>();
}

SurvivalResult tst_KaplanMeierChart::result(const QList<Observations> &groups,
                                            const QStringList &names)
{
    SurvivalResult r;
    r.time = QStringLiteral("followup_months");
    r.event = QStringLiteral("status");
    r.group = QStringLiteral("g");
    std::vector<Stats::GroupedObservation> all;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const Observations &obs = groups[g];
        GroupSurvival group;
        group.name = names.value(g, QStringLiteral("group %1").arg(g));
        group.curve = Stats::kaplanMeier(
            std::span<const Stats::SurvivalObservation>(obs.constData(), std::size_t(obs.size())));
        group.median = Stats::survivalQuantile(group.curve, 0.5);
        r.groups.append(group);
        r.n += std::size_t(obs.size());
        for (const auto &o : obs)
            all.push_back({o.time, o.event, std::size_t(g)});
    }
    if (groups.size() > 1)
        r.logRank = Stats::survivalTest(all, std::size_t(groups.size()));
    return r;
}

SurvivalResult tst_KaplanMeierChart::twoGroups()
{
    return result({alpha, beta}, {QStringLiteral("alpha"), QStringLiteral("beta")});
}

std::unique_ptr<KaplanMeierChart> tst_KaplanMeierChart::shown(const SurvivalResult &result,
                                                              const KaplanMeierChartOptions &options,
                                                              QSize size)
{
    auto chart = std::make_unique<KaplanMeierChart>();
    chart->setOptions(options);
    chart->setResult(result);
    chart->setSubtitle(QStringLiteral("All patients"));
    chart->resize(size);
    chart->show();
    if (!QTest::qWaitForWindowExposed(chart.get()))
        return nullptr;
    return chart;
}

// Written out independently of the chart: (0, 100), then at each event time the level before
// and after it, and the last time at the last level.
QList<QPointF> tst_KaplanMeierChart::expectedSteps(const Stats::KaplanMeierCurve &curve,
                                                   double divisor,
                                                   double (*value)(const Stats::KaplanMeierRow &))
{
    QList<QPointF> points{QPointF(0, 100)};
    double level = 100;
    for (const Stats::KaplanMeierRow &row : curve.rows) {
        if (row.nEvent == 0)
            continue;
        points << QPointF(row.time / divisor, level) << QPointF(row.time / divisor, value(row));
        level = value(row);
    }
    if (curve.rows.back().nEvent == 0)
        points << QPointF(curve.rows.back().time / divisor, level);
    return points;
}

void tst_KaplanMeierChart::curveIsTheStepFunctionOfTheRows_data()
{
    QTest::addColumn<int>("group");
    QTest::addColumn<bool>("years");
    QTest::newRow("alpha, months") << 0 << false;
    QTest::newRow("beta, months") << 1 << false;
    QTest::newRow("alpha, years") << 0 << true;
    QTest::newRow("beta, years") << 1 << true;
}

void tst_KaplanMeierChart::curveIsTheStepFunctionOfTheRows()
{
    QFETCH(int, group);
    QFETCH(bool, years);
    const SurvivalResult r = twoGroups();
    KaplanMeierChartOptions options;
    options.years = years;
    const auto chart = shown(r, options);
    QVERIFY(chart);
    const QList<QPointF> points = chart->curvePoints(group);
    const QList<QPointF> expected = expectedSteps(r.groups[group].curve,
                                                  years ? 12 : 1,
                                                  survivalPercent);
    QCOMPARE(points, expected);
    QCOMPARE(points.constFirst(), QPointF(0, 100));
    QCOMPARE(points.constLast().x(), r.groups[group].curve.rows.back().time / (years ? 12 : 1));
}

void tst_KaplanMeierChart::censorMarksSitOnTheCurve_data()
{
    QTest::addColumn<int>("group");
    QTest::addColumn<QList<QPointF>>("expected");
    // alpha: S = 9/10 after 2, * 7/8 = 0.7875 after 5, * 5/6 = 0.65625 after 10, * 2/3 =
    // 0.4375 after 20.
    QTest::newRow("alpha") << 0
                           << QList<QPointF>{{4, 90},
                                             {8, 78.75},
                                             {10, 65.625},
                                             {15, 65.625},
                                             {26, 43.75},
                                             {30, 43.75}};
    // beta: 11/12 after 1, * 9/11 = 0.75 after 3, * 7/8 = 0.65625 after 7, * 6/7 = 0.5625
    // after 12, * 4/5 = 0.45 after 18, * 1/2 = 0.225 after 45.
    QTest::newRow("beta") << 1
                          << QList<QPointF>{{6, 75}, {14, 56.25}, {22, 45}, {40, 45}, {50, 22.5}};
}

void tst_KaplanMeierChart::censorMarksSitOnTheCurve()
{
    QFETCH(int, group);
    QFETCH(QList<QPointF>, expected);
    const SurvivalResult r = twoGroups();
    const auto chart = shown(r);
    QVERIFY(chart);
    QCOMPARE(chart->censorMarks(group), expected);
    // Each mark is on the drawn curve: its height is the curve's level at its time.
    const QList<QPointF> curve = chart->curvePoints(group);
    for (const QPointF &mark : expected) {
        const auto at = Stats::survivalAt(r.groups[group].curve, mark.x());
        QVERIFY(at.surv);
        QCOMPARE(mark.y(), *at.surv * 100);
        QVERIFY(std::any_of(curve.cbegin(), curve.cend(), [&](const QPointF &p) {
            return p.x() <= mark.x() && qFuzzyCompare(p.y(), mark.y());
        }));
    }

    KaplanMeierChartOptions none;
    none.censorMarks = false;
    chart->setOptions(none);
    QVERIFY(chart->censorMarks(group).isEmpty());
}

void tst_KaplanMeierChart::bandsFollowTheBounds()
{
    const SurvivalResult r = twoGroups();
    KaplanMeierChartOptions options;
    options.confidenceBands = true;
    const auto chart = shown(r, options);
    QVERIFY(chart);
    for (int g = 0; g < 2; ++g) {
        QCOMPARE(chart->bandPoints(g, true), expectedSteps(r.groups[g].curve, 1, upperPercent));
        QCOMPARE(chart->bandPoints(g, false), expectedSteps(r.groups[g].curve, 1, lowerPercent));
    }
    int areas = 0;
    for (QAbstractSeries *series : chart->chart()->series()) {
        if (auto *area = qobject_cast<QAreaSeries *>(series)) {
            QCOMPARE(area->brush().color(), ChartStyle::bandColor(areas));
            ++areas;
        }
    }
    QCOMPARE(areas, 2);

    chart->setOptions({});
    QVERIFY(chart->bandPoints(0, true).isEmpty());
}

void tst_KaplanMeierChart::ticksAreNiceAndAreTheTableColumns_data()
{
    QTest::addColumn<double>("lastTime");
    QTest::addColumn<bool>("years");
    QTest::addColumn<QList<double>>("ticks");
    QTest::newRow("50 months: every 12") << 50.0 << false << QList<double>{0, 12, 24, 36, 48};
    QTest::newRow("119 months: every 12")
        << 119.0 << false << QList<double>{0, 12, 24, 36, 48, 60, 72, 84, 96, 108};
    QTest::newRow("156 months: every 24")
        << 156.0 << false << QList<double>{0, 24, 48, 72, 96, 120, 144};
    QTest::newRow("30 months: every 6") << 30.0 << false << QList<double>{0, 6, 12, 18, 24, 30};
    QTest::newRow("400 months: every 60")
        << 400.0 << false << QList<double>{0, 60, 120, 180, 240, 300, 360};
    QTest::newRow("156 months in years: every 2")
        << 156.0 << true << QList<double>{0, 2, 4, 6, 8, 10, 12};
    QTest::newRow("60 months in years: every 1") << 60.0 << true << QList<double>{0, 1, 2, 3, 4, 5};
    QTest::newRow("300 months in years: every 5")
        << 300.0 << true << QList<double>{0, 5, 10, 15, 20, 25};
}

void tst_KaplanMeierChart::ticksAreNiceAndAreTheTableColumns()
{
    QFETCH(double, lastTime);
    QFETCH(bool, years);
    QFETCH(QList<double>, ticks);
    const SurvivalResult r = result(
        {{{lastTime / 3, true}, {lastTime / 2, false}, {lastTime, false}}});
    KaplanMeierChartOptions options;
    options.years = years;
    const auto chart = shown(r, options);
    QVERIFY(chart);
    QCOMPARE(chart->tickValues(), ticks);

    QValueAxis *axis = timeAxis(*chart);
    QVERIFY(axis);
    QCOMPARE(axis->tickType(), QValueAxis::TicksDynamic);
    QCOMPARE(axis->tickAnchor(), 0.0);
    QCOMPARE(axis->tickInterval(), ticks.value(1));
    QCOMPARE(axis->min(), 0.0);
    QCOMPARE(axis->max(), lastTime / (years ? 12 : 1));
    QCOMPARE(axis->titleText(), years ? QStringLiteral("Years") : QStringLiteral("Months"));
    // One table cell per tick.
    const QList<QStringList> rows = chart->riskTableRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].size(), ticks.size() + 1);
}

void tst_KaplanMeierChart::atRiskNumbersAreTheCoreLookups_data()
{
    QTest::addColumn<bool>("years");
    QTest::newRow("months") << false;
    QTest::newRow("years") << true;
}

void tst_KaplanMeierChart::atRiskNumbersAreTheCoreLookups()
{
    QFETCH(bool, years);
    const SurvivalResult r = twoGroups();
    KaplanMeierChartOptions options;
    options.years = years;
    const auto chart = shown(r, options);
    QVERIFY(chart);
    const QList<double> ticks = chart->tickValues();
    const QList<QStringList> rows = chart->riskTableRows();
    QCOMPARE(rows.size(), 2);
    for (int g = 0; g < 2; ++g) {
        QCOMPARE(rows[g].constFirst(), r.groups[g].name);
        QCOMPARE(rows[g].size(), ticks.size() + 1);
        for (qsizetype t = 0; t < ticks.size(); ++t) {
            const auto at = Stats::survivalAt(r.groups[g].curve, ticks[t] * (years ? 12 : 1));
            QCOMPARE(rows[g][t + 1], QString::number(at.nRisk));
        }
    }
    if (!years) {
        // By hand: ticks 0, 12, 24, 36, 48 (last time 50).
        QCOMPARE(ticks, (QList<double>{0, 12, 24, 36, 48}));
        QCOMPARE(rows[0],
                 (QStringList{QStringLiteral("alpha"),
                              QStringLiteral("10"),
                              QStringLiteral("4"),
                              QStringLiteral("2"),
                              QStringLiteral("0"),
                              QStringLiteral("0")}));
        QCOMPARE(rows[1],
                 (QStringList{QStringLiteral("beta"),
                              QStringLiteral("12"),
                              QStringLiteral("7"),
                              QStringLiteral("3"),
                              QStringLiteral("3"),
                              QStringLiteral("1")}));
    }
}

void tst_KaplanMeierChart::tableCanBeLeftOut()
{
    const auto chart = shown(twoGroups());
    QVERIFY(chart);
    const qreal withTable = chart->chart()->plotArea().bottom();
    KaplanMeierChartOptions options;
    options.riskTable = false;
    chart->setOptions(options);
    QVERIFY(chart->riskTableRows().isEmpty());
    QVERIFY(chart->riskTableRect().isEmpty());
    QVERIFY(chart->chart()->plotArea().bottom() > withTable + 40); // the plot takes the room
    for (QGraphicsSimpleTextItem *text : visibleSimpleTexts(*chart))
        QVERIFY(text->text() != QStringLiteral("Number at risk"));
}

void tst_KaplanMeierChart::extendedTableAddsUp()
{
    const SurvivalResult r = twoGroups();
    KaplanMeierChartOptions options;
    options.extendedRiskTable = true;
    const auto chart = shown(r, options);
    QVERIFY(chart);
    const QList<double> ticks = chart->tickValues();
    const QList<QStringList> rows = chart->riskTableRows();
    QCOMPARE(rows.size(), 8);
    for (int g = 0; g < 2; ++g) {
        const QStringList &heading = rows[4 * g];
        QCOMPARE(heading.constFirst(), r.groups[g].name);
        QVERIFY(std::all_of(heading.cbegin() + 1, heading.cend(), [](const QString &cell) {
            return cell.isEmpty();
        }));
        QCOMPARE(rows[4 * g + 1].constFirst(), QStringLiteral("At risk"));
        QCOMPARE(rows[4 * g + 2].constFirst(), QStringLiteral("Censored"));
        QCOMPARE(rows[4 * g + 3].constFirst(), QStringLiteral("Events"));
        for (qsizetype t = 0; t < ticks.size(); ++t) {
            const auto &curve = r.groups[g].curve;
            std::size_t censored = 0, events = 0;
            for (const auto &row : curve.rows) {
                if (row.time < ticks[t]) {
                    censored += row.nCensor;
                    events += row.nEvent;
                }
            }
            const std::size_t atRisk = Stats::survivalAt(curve, ticks[t]).nRisk;
            QCOMPARE(rows[4 * g + 1][t + 1], QString::number(atRisk));
            QCOMPARE(rows[4 * g + 2][t + 1], QString::number(censored));
            QCOMPARE(rows[4 * g + 3][t + 1], QString::number(events));
            QCOMPARE(atRisk + censored + events, curve.n);
        }
    }
    // alpha at 12 months: 4 at risk, 3 censored (4, 8, 10), 3 events (2, 5, 10).
    QCOMPARE(rows[1][2], QStringLiteral("4"));
    QCOMPARE(rows[2][2], QStringLiteral("3"));
    QCOMPARE(rows[3][2], QStringLiteral("3"));
}

void tst_KaplanMeierChart::tableIsAlignedAtEverySize_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<KaplanMeierChartOptions>("options");
    KaplanMeierChartOptions extended;
    extended.extendedRiskTable = true;
    extended.confidenceBands = true;
    KaplanMeierChartOptions years;
    years.years = true;
    QTest::newRow("640x480") << QSize(640, 480) << KaplanMeierChartOptions{};
    QTest::newRow("900x600") << QSize(900, 600) << KaplanMeierChartOptions{};
    QTest::newRow("1400x900") << QSize(1400, 900) << KaplanMeierChartOptions{};
    QTest::newRow("2100x1500") << QSize(2100, 1500) << KaplanMeierChartOptions{};
    QTest::newRow("400x320") << QSize(400, 320) << KaplanMeierChartOptions{};
    QTest::newRow("extended 900x700") << QSize(900, 700) << extended;
    QTest::newRow("years 700x500") << QSize(700, 500) << years;
}

void tst_KaplanMeierChart::tableIsAlignedAtEverySize()
{
    QFETCH(QSize, size);
    QFETCH(KaplanMeierChartOptions, options);
    const auto chart = shown(twoGroups(), options, size);
    QVERIFY(chart);
    QTRY_COMPARE(chart->size(), size);
    QChart *c = chart->chart();
    QCOMPARE(c->size(), QSizeF(size));
    const QRectF plot = c->plotArea();
    QAbstractSeries *series = c->series().constLast();
    const QList<double> ticks = chart->tickValues();
    const QList<QList<QRectF>> cells = chart->riskTableCellRects();
    QCOMPARE(cells.size(), chart->riskTableRows().size());
    const QRectF table = chart->riskTableRect();
    // Under the plot and its axis title, inside the figure.
    QVERIFY2(table.top() > plot.bottom() + 20,
             qPrintable(
                 QStringLiteral("table %1, plot bottom %2").arg(table.top()).arg(plot.bottom())));
    QVERIFY(QRectF(QPointF(0, 0), QSizeF(size)).contains(table));
    for (const QList<QRectF> &row : cells) {
        QCOMPARE(row.size(), ticks.size());
        for (qsizetype t = 0; t < ticks.size(); ++t) {
            const qreal tickX = c->mapToPosition(QPointF(ticks[t], 0), series).x();
            QVERIFY2(std::abs(row[t].center().x() - tickX) <= 1.0,
                     qPrintable(QStringLiteral("column %1: text centre %2, tick %3")
                                    .arg(t)
                                    .arg(row[t].center().x())
                                    .arg(tickX)));
            if (t > 0 && !row[t].isEmpty() && !row[t - 1].isEmpty())
                QVERIFY(row[t - 1].right() < row[t].left()); // cells never touch
        }
    }
    // The ticks are spread over the whole axis: the first at the plot's left edge.
    QCOMPARE(c->mapToPosition(QPointF(0, 0), series).x(), plot.left());
    // Labels end before the first column.
    for (QGraphicsSimpleTextItem *text : visibleSimpleTexts(*chart)) {
        if (chart->riskTableRows().constFirst().constFirst() == text->text())
            QVERIFY(c->mapRectFromScene(text->sceneBoundingRect()).right() < cells[0][0].left());
    }

    // Resizing again realigns.
    chart->resize(size.width() + 150, size.height());
    QTRY_COMPARE(c->size().width(), qreal(size.width() + 150));
    const QList<QList<QRectF>> after = chart->riskTableCellRects();
    const QList<double> ticksAfter = chart->tickValues();
    for (const QList<QRectF> &row : after) {
        for (qsizetype t = 0; t < ticksAfter.size(); ++t) {
            const qreal tickX = c->mapToPosition(QPointF(ticksAfter[t], 0), series).x();
            QVERIFY(std::abs(row[t].center().x() - tickX) <= 1.0);
        }
    }
}

void tst_KaplanMeierChart::renderIsAlignedAndComplete_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<bool>("extended");
    QTest::newRow("2100x1500 at 300 dpi") << QSize(2100, 1500) << 300 << false;
    QTest::newRow("2100x1500 at 96 dpi") << QSize(2100, 1500) << 96 << false;
    QTest::newRow("900x600 at 96 dpi") << QSize(900, 600) << 96 << false;
    QTest::newRow("extended, 1800x1500 at 300 dpi") << QSize(1800, 1500) << 300 << true;
}

void tst_KaplanMeierChart::renderIsAlignedAndComplete()
{
    QFETCH(QSize, size);
    QFETCH(int, dpi);
    QFETCH(bool, extended);
    const SurvivalResult r = twoGroups();
    KaplanMeierChartOptions options;
    options.extendedRiskTable = extended;

    QImage image(size, QImage::Format_ARGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::red); // anything the figure leaves unpainted stays red
    {
        QPainter painter(&image);
        KaplanMeierChart::renderFigure(&painter,
                                       QRectF(QPointF(0, 0), QSizeF(size)),
                                       r,
                                       QStringLiteral("Overall survival"),
                                       QStringLiteral("All patients"),
                                       options);
    }
    QCOMPARE(image.pixel(0, 0), qRgb(255, 255, 255));
    QCOMPARE(image.pixel(size.width() - 1, size.height() - 1), qRgb(255, 255, 255));

    // The same figure laid out at the layout size of the render.
    const qreal scale = dpi / 96.0;
    KaplanMeierChart layout;
    layout.setOptions(options);
    layout.setResult(r);
    layout.setSubtitle(QStringLiteral("All patients"));
    layout.layoutForSize(QSizeF(size) / scale);
    const QList<double> ticks = layout.tickValues();
    const QList<QList<QRectF>> cells = layout.riskTableCellRects();
    const QRectF plot = layout.chart()->plotArea();
    QAbstractSeries *series = layout.chart()->series().constLast();
    QVERIFY(!cells.isEmpty());

    // Something is drawn in the table region below the plot, and the table's last line
    // lies inside the image.
    const QRectF table = layout.riskTableRect();
    const QRect tableInImage(QPointF(table.topLeft() * scale).toPoint(),
                             QPointF(table.bottomRight() * scale).toPoint());
    QVERIFY(tableInImage.top() > plot.bottom() * scale);
    QVERIFY(QRect(QPoint(0, 0), size).contains(tableInImage));
    QVERIFY(!inkBox(image, tableInImage).isEmpty());
    // Nothing below the table: it was not cut off.
    QVERIFY(inkBox(image,
                   QRect(0,
                         tableInImage.bottom() + 2,
                         size.width(),
                         size.height() - tableInImage.bottom() - 2))
                .isEmpty());

    // Each cell's ink is centred on its tick, and the tick is where the axis draws its grid
    // line. The tolerance allows for the glyphs' own asymmetry and antialiasing.
    const qreal tolerance = 1 + 0.6 * scale;
    for (qsizetype line = 0; line < cells.size(); ++line) {
        for (qsizetype t = 0; t < ticks.size(); ++t) {
            const QRectF cell = cells[line][t];
            if (cell.width() < 1)
                continue; // the empty cells of a heading line
            const qreal tickX = layout.chart()->mapToPosition(QPointF(ticks[t], 0), series).x()
                                * scale;
            // The cell and 6 px either side: less than the gaps to the labels and neighbours.
            const qreal half = (cell.width() / 2 + 6) * scale;
            const QRect area(QPoint(qRound(tickX - half), qRound(cell.top() * scale)),
                             QPoint(qRound(tickX + half), qRound(cell.bottom() * scale)));
            const QRect ink = inkBox(image, area);
            QVERIFY2(!ink.isEmpty(),
                     qPrintable(QStringLiteral("no ink at line %1 column %2").arg(line).arg(t)));
            const qreal inkCentre = (ink.left() + ink.right() + 1) / 2.0;
            QVERIFY2(std::abs(inkCentre - tickX) <= tolerance,
                     qPrintable(QStringLiteral("line %1 column %2: ink centre %3, tick %4")
                                    .arg(line)
                                    .arg(t)
                                    .arg(inkCentre)
                                    .arg(tickX)));
        }
    }
    // The axis' grid lines run through the tick positions (ticks after the first, which is
    // the y axis).
    for (qsizetype t = 1; t < ticks.size(); ++t) {
        const int x = qRound(layout.chart()->mapToPosition(QPointF(ticks[t], 0), series).x()
                             * scale);
        int gridRows = 0;
        int rows = 0;
        for (int y = qRound(plot.top() * scale) + 3; y < qRound(plot.bottom() * scale) - 3;
             y += 3, ++rows) {
            for (int dx = -1; dx <= 1; ++dx) {
                const QRgb p = image.pixel(x + dx, y);
                if (qRed(p) == qGreen(p) && qGreen(p) == qBlue(p) && qGray(p) < 250) {
                    ++gridRows;
                    break;
                }
            }
        }
        QVERIFY2(gridRows > rows / 2, qPrintable(QStringLiteral("no grid line at tick %1").arg(t)));
    }
}

void tst_KaplanMeierChart::vectorExportsAreNotBlank()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pdfPath = dir.filePath(QStringLiteral("km.pdf"));
    {
        QPdfWriter writer(pdfPath);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QSizeF(180, 120), QPageSize::Millimeter));
        writer.setPageMargins(QMarginsF());
        QPainter painter(&writer);
        const auto chart = shown(twoGroups());
        QVERIFY(chart);
        chart->renderFigure(&painter, QRectF(0, 0, writer.width(), writer.height()));
    }
    const QByteArray pdf = Test::readFile(pdfPath);
    QVERIFY(pdf.startsWith("%PDF"));
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    QCOMPARE(QString::fromLatin1(pdf).count(page), 1);
    QVERIFY(pdf.contains("/FontFile2")); // embedded fonts: text, not pixels

    const QString svgPath = dir.filePath(QStringLiteral("km.svg"));
    {
        QSvgGenerator generator;
        generator.setFileName(svgPath);
        generator.setSize(QSize(900, 600));
        generator.setViewBox(QRect(0, 0, 900, 600));
        QPainter painter(&generator);
        KaplanMeierChart::renderFigure(&painter,
                                       QRectF(0, 0, 900, 600),
                                       twoGroups(),
                                       QStringLiteral("Overall survival"),
                                       QString(),
                                       {});
    }
    const QByteArray svg = Test::readFile(svgPath);
    QVERIFY(svg.contains("Number at risk"));
    QVERIFY(svg.contains("Log-rank p = "));
    QVERIFY(svg.contains("alpha (n = 10"));
}

void tst_KaplanMeierChart::yearsDivideByTwelve()
{
    const SurvivalResult r = twoGroups();
    KaplanMeierChartOptions years;
    years.years = true;
    const auto chart = shown(r);
    QVERIFY(chart);
    const QList<QPointF> months = chart->curvePoints(1);
    const QList<QPointF> monthMarks = chart->censorMarks(1);
    chart->setOptions(years);
    QCOMPARE(chart->options(), years);
    const QList<QPointF> inYears = chart->curvePoints(1);
    QCOMPARE(inYears.size(), months.size());
    for (qsizetype i = 0; i < months.size(); ++i)
        QCOMPARE(inYears[i], QPointF(months[i].x() / 12, months[i].y()));
    const QList<QPointF> yearMarks = chart->censorMarks(1);
    QCOMPARE(yearMarks.size(), monthMarks.size());
    for (qsizetype i = 0; i < monthMarks.size(); ++i)
        QCOMPARE(yearMarks[i], QPointF(monthMarks[i].x() / 12, monthMarks[i].y()));
    // Last time 50 months: 4.17 years, one tick a year.
    QCOMPARE(chart->tickValues(), (QList<double>{0, 1, 2, 3, 4}));
    QCOMPARE(chart->timeLabel(), QStringLiteral("Years"));
    // At 1 year = 12 months.
    QCOMPARE(chart->riskTableRows()[1][2],
             QString::number(Stats::survivalAt(r.groups[1].curve, 12).nRisk));

    chart->setTimeLabel(QStringLiteral("Years since operation"));
    QCOMPARE(timeAxis(*chart)->titleText(), QStringLiteral("Years since operation"));
}

void tst_KaplanMeierChart::minimumAtRiskTruncates_data()
{
    QTest::addColumn<int>("minimum");
    QTest::addColumn<int>("group");
    QTest::addColumn<double>("lastTime"); // where the curve ends; negative: no curve
    // beta's risk sets: 12 at 1, 11 at 3, 9 at 6, 8 at 7, 7 at 12, 6 at 14, 5 at 18, 4 at 22,
    // 3 at 40, 2 at 45, 1 at 50.
    QTest::newRow("no limit") << 0 << 1 << 50.0;
    QTest::newRow("at least 5") << 5 << 1 << 18.0;
    QTest::newRow("at least 8") << 8 << 1 << 7.0;
    QTest::newRow("at least 12") << 12 << 1 << 1.0;
    QTest::newRow("more than the group") << 13 << 1 << -1.0;
    // alpha: 10 at 2, 9 at 4, 8 at 5, 7 at 8, 6 at 10, 4 at 15, 3 at 20, 2 at 26, 1 at 30.
    QTest::newRow("alpha, at least 5") << 5 << 0 << 10.0;
}

void tst_KaplanMeierChart::minimumAtRiskTruncates()
{
    QFETCH(int, minimum);
    QFETCH(int, group);
    QFETCH(double, lastTime);
    const SurvivalResult r = twoGroups();
    KaplanMeierChartOptions options;
    options.minimumAtRisk = minimum;
    options.confidenceBands = true;
    const auto chart = shown(r, options);
    QVERIFY(chart);
    const QList<QPointF> points = chart->curvePoints(group);
    if (lastTime < 0) {
        QVERIFY(points.isEmpty());
        QVERIFY(chart->censorMarks(group).isEmpty());
        QVERIFY(chart->bandPoints(group, true).isEmpty());
        return;
    }
    QCOMPARE(points.constLast().x(), lastTime);
    // The curve is the full one up to there.
    Stats::KaplanMeierCurve cut = r.groups[group].curve;
    cut.rows.erase(std::find_if(cut.rows.begin(),
                                cut.rows.end(),
                                [&](const auto &row) { return row.time > lastTime; }),
                   cut.rows.end());
    QCOMPARE(points, expectedSteps(cut, 1, survivalPercent));
    for (const QPointF &mark : chart->censorMarks(group))
        QVERIFY(mark.x() <= lastTime);
    QCOMPARE(chart->bandPoints(group, true).constLast().x(), lastTime);
    QCOMPARE(chart->bandPoints(group, false).constLast().x(), lastTime);
    // The table still counts everyone.
    QCOMPARE(chart->riskTableRows()[group][1], QString::number(r.groups[group].curve.n));
}

void tst_KaplanMeierChart::legendNamesNAndEvents()
{
    const SurvivalResult r = twoGroups();
    const auto chart = shown(r);
    QVERIFY(chart);
    const QString alphaText = chart->legendText(0);
    const QString betaText = chart->legendText(1);
    QVERIFY2(alphaText.startsWith(QStringLiteral("alpha (n = 10, 4 event")), qPrintable(alphaText));
    QVERIFY2(betaText.startsWith(QStringLiteral("beta (n = 12, 7 event")), qPrintable(betaText));
    // Drawn in the figure, in group order, each curve in its Okabe-Ito colour.
    QStringList drawn;
    for (QGraphicsSimpleTextItem *text : visibleSimpleTexts(*chart))
        drawn.append(text->text());
    QVERIFY(drawn.contains(alphaText));
    QVERIFY(drawn.contains(betaText));
    QList<QLineSeries *> curves;
    for (QAbstractSeries *series : chart->chart()->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        if (line && line->pen().style() == Qt::SolidLine)
            curves.append(line);
    }
    QCOMPARE(curves.size(), 2);
    QCOMPARE(curves[0]->name(), alphaText);
    QCOMPARE(curves[0]->pen().color(), ChartStyle::groupColor(0));
    QCOMPARE(curves[1]->pen().color(), ChartStyle::groupColor(1));
}

void tst_KaplanMeierChart::pValueOnlyWithATest()
{
    const SurvivalResult two = twoGroups();
    const auto chart = shown(two);
    QVERIFY(chart);
    const QString expected = QStringLiteral("Log-rank p = ")
                             + NumberFormat(QLocale::c()).pValue(*two.logRank->p);
    QCOMPARE(chart->pValueText(), expected);
    const auto hasLabel = [&](const QString &text) {
        const QList<QGraphicsSimpleTextItem *> texts = visibleSimpleTexts(*chart);
        return std::any_of(texts.cbegin(), texts.cend(), [&](QGraphicsSimpleTextItem *item) {
            return item->text().contains(text);
        });
    };
    QVERIFY(hasLabel(expected));
    // Inside the plot area.
    for (QGraphicsSimpleTextItem *item : visibleSimpleTexts(*chart)) {
        if (item->text() == expected)
            QVERIFY(chart->chart()->plotArea().contains(
                chart->chart()->mapRectFromScene(item->sceneBoundingRect())));
    }

    KaplanMeierChartOptions noP;
    noP.showPValue = false;
    chart->setOptions(noP);
    QVERIFY(chart->pValueText().isEmpty());
    QVERIFY(!hasLabel(QStringLiteral("Log-rank")));

    chart->setOptions({});
    chart->setResult(result({alpha}, {QStringLiteral("all")}));
    QVERIFY(chart->pValueText().isEmpty());
    QVERIFY(!hasLabel(QStringLiteral("Log-rank")));
}

void tst_KaplanMeierChart::medianLinesWhereReached()
{
    const SurvivalResult r = twoGroups();
    // alpha: S = 0.4375 at 20 (median 20); beta: S = 0.5625 after 12, 0.45 at 18 (median 18).
    QCOMPARE(*r.groups[0].median.time, 20.0);
    QCOMPARE(*r.groups[1].median.time, 18.0);
    const auto chart = shown(r);
    QVERIFY(chart);
    QList<QList<QPointF>> medians;
    for (QAbstractSeries *series : chart->chart()->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        if (line && line->pen().style() == Qt::DashLine)
            medians.append(line->points());
    }
    QCOMPARE(medians.size(), 2);
    QCOMPARE(medians[0], (QList<QPointF>{{0, 50}, {20, 50}, {20, 0}}));
    QCOMPARE(medians[1], (QList<QPointF>{{0, 50}, {18, 50}, {18, 0}}));

    KaplanMeierChartOptions none;
    none.medianLines = false;
    chart->setOptions(none);
    for (QAbstractSeries *series : chart->chart()->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        QVERIFY(!line || line->pen().style() != Qt::DashLine);
    }

    // Not reached: no line.
    chart->setOptions({});
    chart->setResult(result({{{5, true}, {10, false}, {20, false}}}));
    for (QAbstractSeries *series : chart->chart()->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        QVERIFY(!line || line->pen().style() != Qt::DashLine);
    }
}

void tst_KaplanMeierChart::readoutGivesSurvivalAndAtRisk()
{
    const SurvivalResult r = twoGroups();
    const auto chart = shown(r);
    QVERIFY(chart);
    const NumberFormat format(QLocale::c());
    const QString text = chart->readout(12);
    QVERIFY2(text.startsWith(QStringLiteral("Months: 12")), qPrintable(text));
    for (int g = 0; g < 2; ++g) {
        const auto at = Stats::survivalAt(r.groups[g].curve, 12);
        const QString percent = format.percent(*at.surv * 100, 1);
        QVERIFY2(text.contains(r.groups[g].name + QStringLiteral(": ") + percent), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("95% CI ") + format.percent(*at.lower * 100, 1)),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("%1 at risk").arg(at.nRisk)), qPrintable(text));
    }
    // alpha at 12 months: 65.6%, 4 at risk; beta 56.3%, 7 at risk.
    QVERIFY(text.contains(QStringLiteral("alpha: 65.6% (95% CI")));
    QVERIFY(text.contains(QStringLiteral("), 4 at risk")));
    QVERIFY(text.contains(QStringLiteral("beta: 56.3% (95% CI")));
    QVERIFY(text.contains(QStringLiteral("), 7 at risk")));
    // Beyond alpha's last time (30).
    QVERIFY(chart->readout(40).contains(QStringLiteral("alpha: not estimable, 0 at risk")));
    // In years, the time is in years.
    KaplanMeierChartOptions years;
    years.years = true;
    chart->setOptions(years);
    QCOMPARE(chart->readout(1),
             QString(text).replace(QStringLiteral("Months: 12"), QStringLiteral("Years: 1")));
}

void tst_KaplanMeierChart::hoverShowsTheReadout()
{
    const auto chart = shown(twoGroups());
    QVERIFY(chart);
    const QRectF plot = chart->chart()->plotArea();
    const QPointF inPlot(plot.left() + plot.width() * 12 / 50, plot.center().y());
    QTest::mouseMove(chart->viewport(), chart->mapFromScene(chart->chart()->mapToScene(inPlot)));
    const auto hoverText = [&]() -> QString {
        for (QGraphicsItem *item : chart->scene()->items()) {
            auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            if (text && text->isVisible() && text->toPlainText().contains(QStringLiteral("at risk")))
                return text->toPlainText();
        }
        return {};
    };
    QTRY_VERIFY(!hoverText().isEmpty());
    QVERIFY2(hoverText().contains(QStringLiteral("alpha: ")), qPrintable(hoverText()));
    QVERIFY(hoverText().contains(QStringLiteral("beta: ")));

    // Outside the plot it goes away.
    QTest::mouseMove(chart->viewport(), QPoint(2, 2));
    QTRY_VERIFY(hoverText().isEmpty());
}

void tst_KaplanMeierChart::paletteOnScreenPaperInExports()
{
    const auto chart = shown(twoGroups());
    QVERIFY(chart);
    QPalette dark = chart->palette();
    dark.setColor(QPalette::Base, QColor(0x20, 0x22, 0x25));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    chart->setPalette(dark);
    QCOMPARE(chart->chart()->backgroundBrush().color(), QColor(0x20, 0x22, 0x25));
    QCOMPARE(timeAxis(*chart)->labelsColor(), QColor(0xe8, 0xe8, 0xe8));
    bool tableInTextColour = false;
    for (QGraphicsSimpleTextItem *text : visibleSimpleTexts(*chart)) {
        if (text->text() == QStringLiteral("Number at risk"))
            tableInTextColour = text->brush().color() == QColor(0xe8, 0xe8, 0xe8);
    }
    QVERIFY(tableInTextColour);
    // The curves keep their colours, the bands too.
    QCOMPARE(chart->chart()->series().constLast()->property("color").value<QColor>(),
             ChartStyle::groupColor(1));

    // Exports are on white whatever the palette.
    QImage image(900, 600, QImage::Format_ARGB32);
    image.fill(Qt::black);
    {
        QPainter painter(&image);
        chart->renderFigure(&painter, QRectF(0, 0, 900, 600), 1);
    }
    QCOMPARE(image.pixel(5, 5), qRgb(255, 255, 255));
    QCOMPARE(image.pixel(450, 595), qRgb(255, 255, 255));
}

void tst_KaplanMeierChart::longCurvesAreDecimatedWithoutChangingTheShape()
{
    // 200,000 patients, nearly all with distinct times: far more steps than pixels.
    Observations many;
    many.reserve(200000);
    quint32 state = 12345;
    const auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return state;
    };
    for (int i = 0; i < 200000; ++i)
        many.append({double(next() % 1200000) / 10000.0, next() % 10 < 6});
    const SurvivalResult r = result({many});
    const auto &rows = r.groups[0].curve.rows;
    QVERIFY(rows.size() > 50000);

    const auto chart = shown(r, {}, QSize(800, 600));
    QVERIFY(chart);
    const QList<QPointF> points = chart->curvePoints(0);
    const qreal plotWidth = chart->chart()->plotArea().width();
    QVERIFY2(points.size() <= 4 * (qsizetype(std::ceil(plotWidth)) + 1),
             qPrintable(QString::number(points.size())));
    QCOMPARE(points.constFirst(), QPointF(0, 100));
    QCOMPARE(points.constLast(), QPointF(rows.back().time, rows.back().surv * 100));

    // Every drawn point lies on the step function, in order.
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (i > 0) {
            QVERIFY(points[i].x() >= points[i - 1].x());
            QVERIFY(points[i].y() <= points[i - 1].y());
        }
        const auto at = Stats::survivalAt(r.groups[0].curve, points[i].x());
        const auto row = std::lower_bound(rows.cbegin(),
                                          rows.cend(),
                                          points[i].x(),
                                          [](const auto &rw, double t) { return rw.time < t; });
        const double before = row == rows.cbegin() ? 1.0 : std::prev(row)->surv;
        QVERIFY(std::abs(points[i].y() - *at.surv * 100) < 1e-9
                || std::abs(points[i].y() - before * 100) < 1e-9);
    }
    // Every drop is drawn at pixel resolution: within a pixel of each event time the drawn
    // curve spans the levels before and after it.
    const double pixel = rows.back().time / plotWidth;
    double previous = 100;
    qsizetype from = 0;
    for (const auto &row : rows) {
        if (row.nEvent == 0)
            continue;
        while (from < points.size() && points[from].x() < row.time - pixel)
            ++from;
        double high = -1, low = 101;
        for (qsizetype i = from; i < points.size() && points[i].x() <= row.time + pixel; ++i) {
            high = std::max(high, points[i].y());
            low = std::min(low, points[i].y());
        }
        QVERIFY2(high >= previous - 1e-9 && low <= row.surv * 100 + 1e-9,
                 qPrintable(QStringLiteral("drop at %1").arg(row.time)));
        previous = row.surv * 100;
    }
    // 80,000 censorings on 800 pixels would only thicken the curve: no marks.
    QVERIFY(chart->censorMarks(0).isEmpty());
    // The table and the read-out still use the exact rows.
    const QList<double> ticks = chart->tickValues();
    for (qsizetype t = 0; t < ticks.size(); ++t) {
        QCOMPARE(chart->riskTableRows()[0][t + 1],
                 QString::number(Stats::survivalAt(r.groups[0].curve, ticks[t]).nRisk));
    }
}

void tst_KaplanMeierChart::demoRegistryByArm()
{
    RegistryStore store;
    const ImportReport report = RegistryImporter().load(Test::demoRegistryPath(), store);
    QCOMPARE(report.outcome, ImportReport::Outcome::Imported);
    const auto outcome = SurvivalAnalysis::run(store, CohortFilter{}, SurvivalRequest{});
    QVERIFY(std::holds_alternative<SurvivalResult>(outcome));
    const SurvivalResult r = std::get<SurvivalResult>(outcome);
    const auto chart = shown(r);
    QVERIFY(chart);
    // Follow-up up to 156 months: a tick every 24.
    QCOMPARE(chart->tickValues(), (QList<double>{0, 24, 48, 72, 96, 120, 144}));
    const QList<QStringList> rows = chart->riskTableRows();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].mid(0, 2),
             (QStringList{QStringLiteral("cytoreduction"), QStringLiteral("30")}));
    QCOMPARE(rows[1].mid(0, 2), (QStringList{QStringLiteral("medical"), QStringLiteral("36")}));
    QVERIFY(chart->legendText(0).startsWith(QStringLiteral("cytoreduction (n = 30, 4 event")));
    QVERIFY(chart->pValueText().startsWith(QStringLiteral("Log-rank p = ")));
}

void tst_KaplanMeierChart::emptyResultDrawsNothing()
{
    const auto chart = shown(SurvivalResult{});
    QVERIFY(chart);
    QCOMPARE(chart->title(), QStringLiteral("Overall survival"));
    QVERIFY(chart->curvePoints(0).isEmpty());
    QVERIFY(chart->censorMarks(0).isEmpty());
    QVERIFY(chart->riskTableRows().isEmpty());
    QVERIFY(chart->riskTableRect().isEmpty());
    QVERIFY(chart->pValueText().isEmpty());
    QImage image(900, 600, QImage::Format_ARGB32);
    image.fill(Qt::red);
    {
        QPainter painter(&image);
        chart->renderFigure(&painter, QRectF(0, 0, 900, 600));
    }
    QCOMPARE(image.pixel(450, 590), qRgb(255, 255, 255));

    // A group without patients, next to one with.
    chart->setResult(result({{}, alpha}, {QStringLiteral("empty"), QStringLiteral("alpha")}));
    QVERIFY(chart->curvePoints(0).isEmpty());
    QCOMPARE(chart->curvePoints(1).constFirst(), QPointF(0, 100));
    QCOMPARE(chart->riskTableRows().constFirst().value(1), QStringLiteral("0"));
}

QTEST_MAIN(tst_KaplanMeierChart)
#include "tst_kaplanmeierchart.moc"
