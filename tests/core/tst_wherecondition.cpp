// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wherecondition.h"

#include <QTest>

using namespace CohortLens;
using Op = WhereCondition::Op;

Q_DECLARE_METATYPE(CohortLens::WhereCondition::Op)

class tst_WhereCondition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void errors_data();
    void errors();
    void opText_data();
    void opText();
    void toString_data();
    void toString();
};

void tst_WhereCondition::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("column");
    QTest::addColumn<Op>("op");
    QTest::addColumn<QString>("value");

    QTest::newRow("no spaces") << QStringLiteral("age>=60") << QStringLiteral("age")
                               << Op::GreaterEqual << QStringLiteral("60");
    QTest::newRow("spaces around the operator")
        << QStringLiteral("age >= 60") << QStringLiteral("age") << Op::GreaterEqual
        << QStringLiteral("60");
    QTest::newRow("spaces everywhere")
        << QStringLiteral("   age   >=\t60  ") << QStringLiteral("age") << Op::GreaterEqual
        << QStringLiteral("60");
    QTest::newRow("equal, text value")
        << QStringLiteral("primary_site = small_bowel") << QStringLiteral("primary_site")
        << Op::Equal << QStringLiteral("small_bowel");
    QTest::newRow("not equal, single quotes")
        << QStringLiteral("arm != 'medical'") << QStringLiteral("arm") << Op::NotEqual
        << QStringLiteral("medical");
    QTest::newRow("not equal, double quotes, no spaces")
        << QStringLiteral("arm!=\"medical\"") << QStringLiteral("arm") << Op::NotEqual
        << QStringLiteral("medical");
    QTest::newRow("quoted value with spaces")
        << QStringLiteral("primary_site = \"small bowel\"") << QStringLiteral("primary_site")
        << Op::Equal << QStringLiteral("small bowel");
    QTest::newRow("single-quoted value with spaces")
        << QStringLiteral("primary_site='small bowel'") << QStringLiteral("primary_site")
        << Op::Equal << QStringLiteral("small bowel");
    QTest::newRow("quotes keep surrounding spaces")
        << QStringLiteral("note = ' two words '") << QStringLiteral("note") << Op::Equal
        << QStringLiteral(" two words ");
    QTest::newRow("unquoted value with spaces")
        << QStringLiteral("primary_site = small bowel") << QStringLiteral("primary_site")
        << Op::Equal << QStringLiteral("small bowel");
    QTest::newRow("mismatched quotes are kept")
        << QStringLiteral("name = 'x\"") << QStringLiteral("name") << Op::Equal
        << QStringLiteral("'x\"");
    QTest::newRow("apostrophe inside a value")
        << QStringLiteral("name = O'Brien") << QStringLiteral("name") << Op::Equal
        << QStringLiteral("O'Brien");
    QTest::newRow("a lone quote is a value")
        << QStringLiteral("mark = '") << QStringLiteral("mark") << Op::Equal << QStringLiteral("'");
    QTest::newRow("<> is not equal")
        << QStringLiteral("a<>b") << QStringLiteral("a") << Op::NotEqual << QStringLiteral("b");
    QTest::newRow("== is equal") << QStringLiteral("a==b") << QStringLiteral("a") << Op::Equal
                                 << QStringLiteral("b");
    QTest::newRow("less") << QStringLiteral("a<b") << QStringLiteral("a") << Op::Less
                          << QStringLiteral("b");
    QTest::newRow("less or equal")
        << QStringLiteral("a <= b") << QStringLiteral("a") << Op::LessEqual << QStringLiteral("b");
    QTest::newRow("greater") << QStringLiteral("a > b") << QStringLiteral("a") << Op::Greater
                             << QStringLiteral("b");
    QTest::newRow("column name with spaces")
        << QStringLiteral("time to event >= 3") << QStringLiteral("time to event")
        << Op::GreaterEqual << QStringLiteral("3");
    QTest::newRow("negative decimal value") << QStringLiteral("x <= -1.5") << QStringLiteral("x")
                                            << Op::LessEqual << QStringLiteral("-1.5");
    QTest::newRow("negative value, no spaces")
        << QStringLiteral("x>-1") << QStringLiteral("x") << Op::Greater << QStringLiteral("-1");
    QTest::newRow("operator characters in the value")
        << QStringLiteral("formula = a<b") << QStringLiteral("formula") << Op::Equal
        << QStringLiteral("a<b");
    QTest::newRow("non-ASCII column and value") << QString::fromUtf8("Gr\xc3\xb6\xc3\x9f"
                                                                     "e != gro\xc3\x9f")
                                                << QString::fromUtf8("Gr\xc3\xb6\xc3\x9f"
                                                                     "e")
                                                << Op::NotEqual << QString::fromUtf8("gro\xc3\x9f");
}

void tst_WhereCondition::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, column);
    QFETCH(Op, op);
    QFETCH(QString, value);

    QString error;
    const std::optional<WhereCondition> c = WhereCondition::parse(text, &error);
    QVERIFY2(c.has_value(), qPrintable(error));
    QCOMPARE(c->column, column);
    QCOMPARE(WhereCondition::opText(c->op), WhereCondition::opText(op));
    QCOMPARE(c->value, value);
    QVERIFY(*c == (WhereCondition{column, op, value}));
}

void tst_WhereCondition::errors_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("no operator") << QStringLiteral("age 60");
    QTest::newRow("column only") << QStringLiteral("age");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("empty column") << QStringLiteral(">= 60");
    QTest::newRow("blank column") << QStringLiteral("   = x");
    QTest::newRow("empty value") << QStringLiteral("age >=");
    QTest::newRow("blank value") << QStringLiteral("age =   ");
    QTest::newRow("empty quoted value") << QStringLiteral("arm = ''");
    QTest::newRow("empty double-quoted value") << QStringLiteral("arm = \"\"");
    QTest::newRow("operator only") << QStringLiteral("!=");
    QTest::newRow("lone !") << QStringLiteral("a ! b");
    QTest::newRow("! without =, no spaces") << QStringLiteral("a!b");
    QTest::newRow("leading !") << QStringLiteral("!a");
    QTest::newRow("=> typo") << QStringLiteral("age => 60");
    QTest::newRow("=< typo") << QStringLiteral("age =< 60");
    QTest::newRow("operator twice") << QStringLiteral("arm = = medical");
    QTest::newRow("><") << QStringLiteral("age >< 60");
}

void tst_WhereCondition::errors()
{
    QFETCH(QString, text);

    // Callers that only want to know may pass no message.
    QVERIFY(!WhereCondition::parse(text, nullptr));

    QString error;
    const std::optional<WhereCondition> c = WhereCondition::parse(text, &error);
    QVERIFY(!c.has_value());
    QVERIFY(!error.trimmed().isEmpty());
    // The message quotes what was written, so that the user finds the faulty --where.
    QVERIFY2(error.contains(text), qPrintable(error));
}

void tst_WhereCondition::opText_data()
{
    QTest::addColumn<Op>("op");
    QTest::addColumn<QString>("text");

    QTest::newRow("=") << Op::Equal << QStringLiteral("=");
    QTest::newRow("!=") << Op::NotEqual << QStringLiteral("!=");
    QTest::newRow("<") << Op::Less << QStringLiteral("<");
    QTest::newRow("<=") << Op::LessEqual << QStringLiteral("<=");
    QTest::newRow(">") << Op::Greater << QStringLiteral(">");
    QTest::newRow(">=") << Op::GreaterEqual << QStringLiteral(">=");
}

void tst_WhereCondition::opText()
{
    QFETCH(Op, op);
    QFETCH(QString, text);

    QCOMPARE(WhereCondition::opText(op), text);
    // The text parses back to the same operator.
    QString error;
    const QString condition = QStringLiteral("a") + text + QStringLiteral("1");
    const auto c = WhereCondition::parse(condition, &error);
    QVERIFY2(c.has_value(), qPrintable(error));
    QCOMPARE(WhereCondition::opText(c->op), text);
}

void tst_WhereCondition::toString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("compact") << QStringLiteral("age>=60") << QStringLiteral("age >= 60");
    QTest::newRow("already canonical") << QStringLiteral("primary_site = small_bowel")
                                       << QStringLiteral("primary_site = small_bowel");
    QTest::newRow("quotes dropped")
        << QStringLiteral("arm != 'medical'") << QStringLiteral("arm != medical");
    QTest::newRow("<> written as !=") << QStringLiteral("a<>b") << QStringLiteral("a != b");
    QTest::newRow("== written as =") << QStringLiteral("a==b") << QStringLiteral("a = b");
    QTest::newRow("negative number") << QStringLiteral("x<=-1.5") << QStringLiteral("x <= -1.5");
    QTest::newRow("spaces inside names and values") << QStringLiteral("time to event < 'two years'")
                                                    << QStringLiteral("time to event < two years");
    // Found by fuzz_where: values that only read back the same in quotes.
    QTest::newRow("spaces at the ends of the value kept in quotes")
        << QStringLiteral("note = ' two words '") << QStringLiteral("note = \" two words \"");
    QTest::newRow("operator at the start of the value kept in quotes")
        << QStringLiteral("a = '=b'") << QStringLiteral("a = \"=b\"");
    QTest::newRow("quotes around the value kept in quotes")
        << QStringLiteral("a = \"'x'\"") << QStringLiteral("a = \"'x'\"");
}

void tst_WhereCondition::toString()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);

    QString error;
    const std::optional<WhereCondition> c = WhereCondition::parse(text, &error);
    QVERIFY2(c.has_value(), qPrintable(error));
    QCOMPARE(c->toString(), expected);
    // The canonical text reads back as the same condition.
    const std::optional<WhereCondition> back = WhereCondition::parse(c->toString(), &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QVERIFY(*back == *c);
}

QTEST_GUILESS_MAIN(tst_WhereCondition)
#include "tst_wherecondition.moc"
