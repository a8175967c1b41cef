// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventmatcher.h"

#include <QTest>

using namespace CohortLens;

class tst_EventMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults_data();
    void defaults();
    void givenValues_data();
    void givenValues();
};

void tst_EventMatcher::defaults_data()
{
    QTest::addColumn<QVariant>("cell");
    QTest::addColumn<int>("expected"); // 1 event, 0 censored, -1 unusable
    QTest::newRow("1") << QVariant(QStringLiteral("1")) << 1;
    QTest::newRow("1.0 as number") << QVariant(1.0) << 1;
    QTest::newRow("yes any case") << QVariant(QStringLiteral(" YES ")) << 1;
    QTest::newRow("true") << QVariant(QStringLiteral("True")) << 1;
    QTest::newRow("dead") << QVariant(QStringLiteral("dead")) << 1;
    QTest::newRow("0") << QVariant(QStringLiteral("0")) << 0;
    QTest::newRow("0.0") << QVariant(QStringLiteral("0.0")) << 0;
    QTest::newRow("no") << QVariant(QStringLiteral("no")) << 0;
    QTest::newRow("alive") << QVariant(QStringLiteral("Alive")) << 0;
    QTest::newRow("2 is neither") << QVariant(QStringLiteral("2")) << -1;
    QTest::newRow("text is neither") << QVariant(QStringLiteral("maybe")) << -1;
    QTest::newRow("empty") << QVariant() << -1;
    QTest::newRow("blank") << QVariant(QStringLiteral("  ")) << -1;
}

void tst_EventMatcher::defaults()
{
    QFETCH(QVariant, cell);
    QFETCH(int, expected);
    const EventMatcher matcher;
    QVERIFY(matcher.usesDefaults());
    const auto event = matcher.isEvent(cell);
    QCOMPARE(event ? int(*event) : -1, expected);
}

void tst_EventMatcher::givenValues_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QVariant>("cell");
    QTest::addColumn<int>("expected");
    const QStringList two{QStringLiteral("2")};
    QTest::newRow("2 matches 2") << two << QVariant(QStringLiteral("2")) << 1;
    QTest::newRow("2 matches 2.0") << two << QVariant(QStringLiteral("2.0")) << 1;
    QTest::newRow("2 matches the number 2") << two << QVariant(2.0) << 1;
    QTest::newRow("1 is a censoring") << two << QVariant(QStringLiteral("1")) << 0;
    QTest::newRow("anything else too") << two << QVariant(QStringLiteral("x")) << 0;
    QTest::newRow("empty is unusable") << two << QVariant() << -1;
    const QStringList words{QStringLiteral("Died"), QStringLiteral("relapse")};
    QTest::newRow("text, any case") << words << QVariant(QStringLiteral(" died ")) << 1;
    QTest::newRow("second value") << words << QVariant(QStringLiteral("RELAPSE")) << 1;
    QTest::newRow("not listed") << words << QVariant(QStringLiteral("alive")) << 0;
    QTest::newRow("not a prefix") << words << QVariant(QStringLiteral("die")) << 0;
}

void tst_EventMatcher::givenValues()
{
    QFETCH(QStringList, values);
    QFETCH(QVariant, cell);
    QFETCH(int, expected);
    const EventMatcher matcher(values);
    QVERIFY(!matcher.usesDefaults());
    const auto event = matcher.isEvent(cell);
    QCOMPARE(event ? int(*event) : -1, expected);
}

QTEST_GUILESS_MAIN(tst_EventMatcher)
#include "tst_eventmatcher.moc"
