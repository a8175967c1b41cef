// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstyle.h"
#include "cohortfilter.h"
#include "registryimporter.h"
#include "registrystore.h"
#include "symptomreliefchart.h"
#include "testsupport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QImage>
#include <QPainter>
#include <QTest>
#include <QValueAxis>

#include <cmath>

using namespace CohortLens;

class tst_SymptomReliefChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void barsOfTheDemo();
    void testLabels();
    void titleAndSubtitle();
    void whiskersOnTheBars_data();
    void whiskersOnTheBars();
    void categoryWithoutPatients();
    void oneGroup();
    void renders_data();
    void renders();

private:
    static ComparisonResult compare(const CohortFilter &filter, const ComparisonRequest &request);
    static const ComparisonRow &row(const ComparisonResult &result, const QString &variable);

    ComparisonResult m_demo;
};

ComparisonResult tst_SymptomReliefChart::compare(const CohortFilter &filter,
                                                 const ComparisonRequest &request)
{
    RegistryStore store;
    [&] {
        QCOMPARE(RegistryImporter().load(Test::demoRegistryPath(), store).outcome,
                 ImportReport::Outcome::Imported);
    }();
    auto result = ComparisonAnalysis::run(store, filter, request);
    return std::holds_alternative<ComparisonResult>(result) ? std::get<ComparisonResult>(result)
                                                            : ComparisonResult{};
}

const ComparisonRow &tst_SymptomReliefChart::row(const ComparisonResult &result,
                                                 const QString &variable)
{
    return *std::find_if(result.rows.cbegin(), result.rows.cend(), [&](const ComparisonRow &r) {
        return r.variable == variable;
    });
}

void tst_SymptomReliefChart::initTestCase()
{
    m_demo = compare({}, {});
    QCOMPARE(m_demo.groups.size(), 2);
}

void tst_SymptomReliefChart::barsOfTheDemo()
{
    SymptomReliefChart chart;
    chart.setResult(m_demo);
    QCOMPARE(chart.groupNames(),
             (QStringList{QStringLiteral("cytoreduction"), QStringLiteral("medical")}));
    QCOMPARE(chart.categoryNames(),
             (QStringList{QStringLiteral("Carcinoid syndrome improved"),
                          QStringLiteral("Obstruction relieved")}));
    const auto values = chart.barValues();
    QCOMPARE(values.size(), 2);
    // SPEC §5: 24/28 (86%) vs 18/28 (64%); obstruction relieved in everyone.
    QCOMPARE(*values.at(0).at(0), 100.0 * 24 / 28);
    QCOMPARE(*values.at(1).at(0), 100.0 * 18 / 28);
    QCOMPARE(*values.at(0).at(1), 100.0);
    QCOMPARE(*values.at(1).at(1), 100.0);
    const ComparisonRow &relieved = row(m_demo, QStringLiteral("obstruction_relieved"));
    const auto labels = chart.barLabels();
    QCOMPARE(labels.at(0).at(0), QStringLiteral("24/28"));
    QCOMPARE(labels.at(1).at(0), QStringLiteral("18/28"));
    for (int g = 0; g < 2; ++g) {
        const Stats::Proportion &p = relieved.cells.at(g).proportion;
        QCOMPARE(labels.at(g).at(1), QStringLiteral("%1/%2").arg(p.count).arg(p.n));
    }
    QCOMPARE(chart.categoryHasPatients(), (QList<bool>{true, true}));
    // The bar sets are the series' and coloured by the palette, in group order.
    const auto *series = qobject_cast<QBarSeries *>(chart.chart()->series().constFirst());
    QVERIFY(series);
    QCOMPARE(series->count(), 2);
    QCOMPARE(series->barSets().at(0)->color(), ChartStyle::groupColor(0));
    QCOMPARE(series->barSets().at(1)->color(), ChartStyle::groupColor(1));
    QCOMPARE(series->barSets().at(1)->label(), QStringLiteral("medical"));
}

void tst_SymptomReliefChart::testLabels()
{
    SymptomReliefChart chart;
    chart.setResult(m_demo);
    QCOMPARE(chart.testLabels(),
             (QStringList{QStringLiteral("Pearson χ² p = 0.064"),
                          QStringLiteral("no test: all relieved")}));
    // They stand under their categories, whole (wrapped, never cut), at every width.
    for (const int width : {900, 480}) {
        chart.resize(width, 420);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QTRY_COMPARE(chart.chart()->size().width(), qreal(width));
        QCoreApplication::sendPostedEvents(); // the layout's second pass
        const QRectF plot = chart.chart()->mapRectToScene(chart.chart()->plotArea());
        const QRectF whole = chart.chart()->mapRectToScene(chart.chart()->rect());
        for (int c = 0; c < 2; ++c) {
            const QGraphicsTextItem *label = nullptr;
            for (const QGraphicsItem *item : chart.scene()->items()) {
                const auto *text = qgraphicsitem_cast<const QGraphicsTextItem *>(item);
                if (text && text->isVisible()
                    && text->toPlainText().contains(chart.testLabels().at(c)))
                    label = text;
            }
            QVERIFY2(label, qPrintable(chart.testLabels().at(c)));
            QVERIFY(label->toPlainText().startsWith(chart.categoryNames().at(c)));
            const QRectF box = label->sceneBoundingRect();
            QVERIFY(box.top() >= plot.bottom());
            QVERIFY2(whole.contains(box), qPrintable(QStringLiteral("width %1").arg(width)));
            const double categoryCentre = plot.left() + plot.width() * (c + 0.5) / 2;
            QVERIFY(std::abs(box.center().x() - categoryCentre) < 1);
        }
    }
}

void tst_SymptomReliefChart::titleAndSubtitle()
{
    SymptomReliefChart chart;
    chart.setTitle(QStringLiteral("Relief <by arm>"));
    chart.setSubtitle(QStringLiteral("Carcinoid syndrome & obstruction"));
    QCOMPARE(chart.title(), QStringLiteral("Relief <by arm>"));
    QCOMPARE(chart.subtitle(), QStringLiteral("Carcinoid syndrome & obstruction"));
    QVERIFY(chart.chart()->title().contains(QStringLiteral("Relief &lt;by arm&gt;")));
    QVERIFY(
        chart.chart()->title().contains(QStringLiteral("Carcinoid syndrome &amp; obstruction")));
}

void tst_SymptomReliefChart::whiskersOnTheBars_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("small") << QSize(420, 320);
    QTest::newRow("window") << QSize(900, 600);
    QTest::newRow("large") << QSize(1700, 1100);
    QTest::newRow("narrow and tall") << QSize(500, 900);
}

void tst_SymptomReliefChart::whiskersOnTheBars()
{
    QFETCH(QSize, size);
    SymptomReliefChart chart;
    chart.setResult(m_demo);
    chart.resize(size);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTRY_VERIFY(!chart.chart()->plotArea().isEmpty());

    const auto whiskers = chart.whiskers();
    QCOMPARE(whiskers.size(), 4);
    for (const SymptomReliefChart::Whisker &w : whiskers) {
        const ComparisonRow &r = row(m_demo,
                                     w.category == 0 ? QStringLiteral("cs_improved")
                                                     : QStringLiteral("obstruction_relieved"));
        const Stats::Proportion &p = r.cells.at(w.group).proportion;
        QCOMPARE(w.lower, *p.lower);
        QCOMPARE(w.upper, *p.upper);
        QVERIFY2(!std::isnan(w.barCentreX), "the bar was not found in the scene");
        QVERIFY2(std::abs(w.centreX - w.barCentreX) < 0.5,
                 qPrintable(QStringLiteral("group %1, category %2: whisker at %3, bar at %4")
                                .arg(w.group)
                                .arg(w.category)
                                .arg(w.centreX)
                                .arg(w.barCentreX)));
        QVERIFY(w.top < w.bottom);
    }
    // The cytoreduction CS whisker is 67–94%: above and below its 86% bar.
    const QRectF plot = chart.chart()->mapRectToScene(chart.chart()->plotArea());
    const auto &cs = whiskers.constFirst();
    const auto *axisY = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical).constFirst());
    QVERIFY(axisY && axisY->max() > 100 && axisY->max() < 120);
    const double y86 = plot.bottom() - plot.height() * (100.0 * 24 / 28) / axisY->max();
    QVERIFY(cs.top < y86 && cs.bottom > y86);

    // After a resize they follow the bars.
    chart.resize(size + QSize(137, 61));
    QTRY_COMPARE(chart.chart()->size(), QSizeF(size + QSize(137, 61)));
    for (const SymptomReliefChart::Whisker &w : chart.whiskers())
        QVERIFY(std::abs(w.centreX - w.barCentreX) < 0.5);
}

void tst_SymptomReliefChart::categoryWithoutPatients()
{
    // Obstruction only: nobody has carcinoid syndrome.
    CohortFilter filter;
    filter.presentation = Presentation::ObstructionOnly;
    const ComparisonResult result = compare(filter, {});
    QVERIFY(!result.groups.isEmpty());
    SymptomReliefChart chart;
    chart.setResult(result);
    chart.resize(900, 600);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCOMPARE(chart.categoryHasPatients(), (QList<bool>{false, true}));
    QCOMPARE(chart.testLabels().at(0), QStringLiteral("no test: no patients"));
    for (const auto &group : chart.barValues())
        QVERIFY(!group.at(0).has_value());
    for (const auto &group : chart.barLabels())
        QVERIFY(group.at(0).isEmpty());
    for (const auto &w : chart.whiskers())
        QCOMPARE(w.category, 1);
    // "no patients" is written where the bars would be.
    bool found = false;
    for (const QGraphicsItem *item : chart.scene()->items()) {
        if (const auto *text = qgraphicsitem_cast<const QGraphicsSimpleTextItem *>(item))
            found = found || (text->text() == QStringLiteral("no patients") && text->isVisible());
    }
    QVERIFY(found);
}

void tst_SymptomReliefChart::oneGroup()
{
    ComparisonRequest request;
    request.group = QStringLiteral("none");
    const ComparisonResult result = compare({}, request);
    SymptomReliefChart chart;
    chart.setResult(result);
    QCOMPARE(chart.groupNames(), QStringList{QStringLiteral("all")});
    QCOMPARE(chart.barLabels().at(0).at(0), QStringLiteral("42/56"));
    QCOMPARE(chart.testLabels(), (QStringList{QString(), QString()}));
}

void tst_SymptomReliefChart::renders_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("900 × 600") << QSize(900, 600);
    QTest::newRow("2100 × 1500") << QSize(2100, 1500);
}

void tst_SymptomReliefChart::renders()
{
    QFETCH(QSize, size);
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        SymptomReliefChart::renderFigure(&painter,
                                         QRectF(QPointF(0, 0), size),
                                         m_demo,
                                         QStringLiteral("Symptom relief"),
                                         QStringLiteral("All patients"));
    }
    if (qEnvironmentVariableIsSet("COHORTLENS_KEEP_RENDERS"))
        image.save(QStringLiteral("%1/relief-%2x%3.png")
                       .arg(qEnvironmentVariable("COHORTLENS_KEEP_RENDERS"))
                       .arg(size.width())
                       .arg(size.height()));

    // Nothing is cut off: every mark lies inside the image, off its edges.
    auto isInk = [&](int x, int y) { return qGray(image.pixel(x, y)) < 235; };
    QRect ink;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (isInk(x, y))
                ink |= QRect(x, y, 1, 1);
        }
    }
    QVERIFY(!ink.isEmpty());
    QVERIFY2(ink.left() > 0 && ink.top() > 0 && ink.right() < image.width() - 1
                 && ink.bottom() < image.height() - 1,
             qPrintable(QStringLiteral("ink reaches the edge: %1,%2 %3×%4")
                            .arg(ink.x())
                            .arg(ink.y())
                            .arg(ink.width())
                            .arg(ink.height())));
    // The figure fills the image (it is scaled, not drawn small in a corner).
    QVERIFY(ink.width() > image.width() * 0.85);
    QVERIFY(ink.height() > image.height() * 0.85);

    // The whisker of each carcinoid-syndrome bar stands on the bar's centre: find the bar
    // by its colour just above the axis, its top, then the whisker's dark line above it.
    const double tolerance = 0.75 * image.width() / 900.0 + 0.5;
    for (int g = 0; g < 2; ++g) {
        const QRgb color = ChartStyle::groupColor(g).rgb();
        int lowest = -1;
        for (int y = image.height() - 1; y >= 0 && lowest < 0; --y) {
            for (int x = 0; x < image.width() / 2; ++x) {
                if ((image.pixel(x, y) & 0xffffff) == (color & 0xffffff)) {
                    lowest = y;
                    break;
                }
            }
        }
        QVERIFY(lowest > 0);
        const int scanY = lowest - 4;
        int left = -1, right = -1;
        for (int x = 0; x < image.width() / 2; ++x) {
            if ((image.pixel(x, scanY) & 0xffffff) == (color & 0xffffff)) {
                if (left < 0)
                    left = x;
                right = x;
            } else if (left >= 0) {
                break;
            }
        }
        QVERIFY(right > left + 10);
        const double barCentre = (left + right + 1) / 2.0;
        int top = scanY;
        const int probe = left + (right - left) / 5;
        while (top > 0 && (image.pixel(probe, top - 1) & 0xffffff) == (color & 0xffffff))
            --top;
        const int whiskerY = top - std::max(3, image.height() / 200);
        double sum = 0;
        int count = 0;
        for (int x = left; x <= right; ++x) {
            if (qGray(image.pixel(x, whiskerY)) < 110) {
                sum += x + 0.5;
                ++count;
            }
        }
        QVERIFY2(count > 0, "no whisker above the bar");
        QVERIFY2(std::abs(sum / count - barCentre) < tolerance,
                 qPrintable(QStringLiteral("group %1: whisker at %2, bar centre %3")
                                .arg(g)
                                .arg(sum / count)
                                .arg(barCentre)));
    }
}

QTEST_MAIN(tst_SymptomReliefChart)
#include "tst_symptomreliefchart.moc"
