// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberformat.h"

#include <QTest>

using namespace CohortLens;

class tst_NumberFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data();
    void formats();
};

void tst_NumberFormat::formats_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("percent");
    QTest::addColumn<QString>("p");
    QTest::addColumn<QString>("small");
    const QString nbsp(QChar(0x00a0));
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates)
                             << QStringLiteral("1234.5") << QStringLiteral("85.7%")
                             << QStringLiteral("0.064") << QStringLiteral("< 0.001");
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany)
                            << QStringLiteral("1234,5") << QStringLiteral("85,7") + nbsp + u'%'
                            << QStringLiteral("0,064") << QStringLiteral("< 0,001");
    QTest::newRow("French") << QLocale(QLocale::French, QLocale::France) << QStringLiteral("1234,5")
                            << QStringLiteral("85,7") + nbsp + u'%' << QStringLiteral("0,064")
                            << QStringLiteral("< 0,001");
    QTest::newRow("Spanish") << QLocale(QLocale::Spanish, QLocale::Spain)
                             << QStringLiteral("1234,5") << QStringLiteral("85,7") + nbsp + u'%'
                             << QStringLiteral("0,064") << QStringLiteral("< 0,001");
}

void tst_NumberFormat::formats()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, number);
    QFETCH(QString, percent);
    QFETCH(QString, p);
    QFETCH(QString, small);
    const NumberFormat f(locale);
    QCOMPARE(f.number(1234.5, 1), number);
    QCOMPARE(f.percent(24.0 / 28 * 100, 1), percent);
    QCOMPARE(f.pValue(0.0640775), p);
    QCOMPARE(f.pValue(0.00002), small);
    QCOMPARE(f.fraction(24, 28), QStringLiteral("24/28"));
    QCOMPARE(f.compact(12.0, 1), QStringLiteral("12"));
    QCOMPARE(f.compact(100.0, 2), QStringLiteral("100"));
    QCOMPARE(f.compact(30.5, 1), f.number(30.5, 1));
}

QTEST_GUILESS_MAIN(tst_NumberFormat)
#include "tst_numberformat.moc"
