// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// CohortColumn: cells kept as codes into shared texts or as numbers read back as the
// QVariants they were given; copies share until written; slices and gathers keep the cells.

#include "cohortcolumn.h"

#include <QTest>

using namespace CohortLens;

class tst_CohortColumn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cellsReadBackAsGiven_data();
    void cellsReadBackAsGiven();
    void repeatedTextsShareACode();
    void copiesShareUntilWritten();
    void midAndGatherKeepCells();
    void appendingColumnsRenumbersTexts();
    void distinctAndMaximum();
};

void tst_CohortColumn::cellsReadBackAsGiven_data()
{
    QTest::addColumn<QVariantList>("cells");
    QTest::newRow("empty column") << QVariantList{};
    QTest::newRow("numbers") << QVariantList{1.5, -0.0, 120.0};
    QTest::newRow("texts") << QVariantList{QStringLiteral("medical"),
                                           QString(),
                                           QStringLiteral("ä")};
    QTest::newRow("mixed, numbers after texts")
        << QVariantList{QStringLiteral("n/a"), QVariant(), 7.25, QStringLiteral("n/a"), 0.0};
    QTest::newRow("empty cells only") << QVariantList{QVariant(), QVariant()};
}

void tst_CohortColumn::cellsReadBackAsGiven()
{
    QFETCH(QVariantList, cells);
    CohortColumn column;
    for (const QVariant &cell : cells)
        column << cell;
    QCOMPARE(column.size(), cells.size());
    for (qsizetype i = 0; i < cells.size(); ++i) {
        QCOMPARE(column.at(i), cells.at(i));
        QCOMPARE(column.isNull(i), !cells.at(i).isValid());
        QCOMPARE(column.isNumber(i), cells.at(i).typeId() == QMetaType::Double);
        if (column.isNumber(i))
            QCOMPARE(column.number(i), cells.at(i).toDouble());
    }
    QVERIFY(!column.value(cells.size()).isValid());
    QVERIFY(!column.value(-1).isValid());
    QVariantList iterated;
    for (const QVariant &cell : column)
        iterated << cell;
    QCOMPARE(iterated, cells);
}

void tst_CohortColumn::repeatedTextsShareACode()
{
    CohortColumn column;
    const std::int32_t medical = column.appendText(QStringLiteral("medical"));
    const std::int32_t cytoreduction = column.appendText(QStringLiteral("cytoreduction"));
    column.appendCode(medical);
    column.appendEmpty();
    column.appendCode(cytoreduction);
    QCOMPARE(column.texts(),
             QStringList({QStringLiteral("medical"), QStringLiteral("cytoreduction")}));
    QCOMPARE(column.code(2), medical);
    QCOMPARE(column.code(3), CohortColumn::Empty);
    QCOMPARE(column.at(4).toString(), QStringLiteral("cytoreduction"));
}

void tst_CohortColumn::copiesShareUntilWritten()
{
    CohortColumn a{1.0, QStringLiteral("x")};
    CohortColumn b = a;
    QVERIFY(b.isSharedWith(a));
    b << 3.0;
    QVERIFY(!b.isSharedWith(a));
    QCOMPARE(a.size(), 2);
    QCOMPARE(b.size(), 3);
    QCOMPARE(a, (CohortColumn{1.0, QStringLiteral("x")}));
    QVERIFY(a != b);
}

void tst_CohortColumn::midAndGatherKeepCells()
{
    const CohortColumn column{QStringLiteral("a"), 2.0, QVariant(), QStringLiteral("b"), 5.0};
    QCOMPARE(column.mid(1, 3), (CohortColumn{2.0, QVariant(), QStringLiteral("b")}));
    QCOMPARE(column.mid(3), (CohortColumn{QStringLiteral("b"), 5.0}));
    QCOMPARE(column.mid(4, 10), (CohortColumn{5.0}));
    QVERIFY(column.mid(9).isEmpty());
    const std::vector<qsizetype> positions{4, 0, 0, 2};
    QCOMPARE(column.gathered(positions),
             (CohortColumn{5.0, QStringLiteral("a"), QStringLiteral("a"), QVariant()}));
    const CohortColumn texts{QStringLiteral("a"), QStringLiteral("b")};
    QCOMPARE(texts.gathered(std::vector<qsizetype>{1}).at(0).toString(), QStringLiteral("b"));
}

void tst_CohortColumn::appendingColumnsRenumbersTexts()
{
    CohortColumn first{QStringLiteral("a"), QStringLiteral("b")};
    const CohortColumn second{QStringLiteral("c"), 1.0, QStringLiteral("a")};
    first += second;
    QCOMPARE(first,
             (CohortColumn{QStringLiteral("a"),
                           QStringLiteral("b"),
                           QStringLiteral("c"),
                           1.0,
                           QStringLiteral("a")}));
    // Pages of one column share its texts: appended without copying them again.
    const CohortColumn whole{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("x")};
    CohortColumn pages = whole.mid(0, 1);
    pages += whole.mid(1);
    QCOMPARE(pages, whole);
    QCOMPARE(pages.texts().size(), whole.texts().size());
}

void tst_CohortColumn::distinctAndMaximum()
{
    const CohortColumn sites{QStringLiteral("ileum"),
                             QVariant(),
                             QStringLiteral("colon"),
                             QStringLiteral("ileum"),
                             3.0};
    QCOMPARE(sites.distinct(),
             QStringList({QStringLiteral("3"), QStringLiteral("colon"), QStringLiteral("ileum")}));
    QCOMPARE(sites.distinct(1).size(), 1);
    QCOMPARE(sites.maximum(), 3.0);
    QCOMPARE((CohortColumn{QStringLiteral("a")}).maximum(), 0.0);
    QCOMPARE((CohortColumn{41.5, 88.0, QVariant(), 12.0}).maximum(), 88.0);
}

QTEST_APPLESS_MAIN(tst_CohortColumn)
#include "tst_cohortcolumn.moc"
