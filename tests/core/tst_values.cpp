// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "values.h"

#include <QTest>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

using namespace CohortLens;

class tst_Values : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseNumber_data();
    void parseNumber();
    void parseNumberUtf8_data();
    void parseNumberUtf8();
    void parseBoolean_data();
    void parseBoolean();
    void parseSex_data();
    void parseSex();
    void parseArm_data();
    void parseArm();
    void parseIsoDate_data();
    void parseIsoDate();
    void numberText_data();
    void numberText();
    void numberTextRoundTrip_data();
    void numberTextRoundTrip();
    void numberTextRoundTripManyBitPatterns();
    void canonicalTextsReadBack();
};

void tst_Values::parseNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("expected");

    QTest::newRow("zero") << QStringLiteral("0") << true << 0.0;
    QTest::newRow("integer") << QStringLiteral("12") << true << 12.0;
    QTest::newRow("leading zeros") << QStringLiteral("007") << true << 7.0;
    QTest::newRow("negative integer") << QStringLiteral("-3") << true << -3.0;
    QTest::newRow("explicit plus") << QStringLiteral("+7") << true << 7.0;
    QTest::newRow("decimal") << QStringLiteral("58.5") << true << 58.5;
    QTest::newRow("negative decimal") << QStringLiteral("-3.5") << true << -3.5;
    QTest::newRow("no integer part") << QStringLiteral(".5") << true << 0.5;
    QTest::newRow("negative, no integer part") << QStringLiteral("-.25") << true << -0.25;
    QTest::newRow("no fraction digits") << QStringLiteral("5.") << true << 5.0;
    QTest::newRow("exponent") << QStringLiteral("1e3") << true << 1000.0;
    QTest::newRow("capital exponent") << QStringLiteral("1E3") << true << 1000.0;
    QTest::newRow("negative exponent") << QStringLiteral("2.5e-3") << true << 0.0025;
    QTest::newRow("signed exponent") << QStringLiteral("1e+2") << true << 100.0;
    QTest::newRow("negative with exponent") << QStringLiteral("-1.5E2") << true << -150.0;
    QTest::newRow("spaces around") << QStringLiteral("  12  ") << true << 12.0;
    QTest::newRow("tabs around") << QStringLiteral("\t42.5\t") << true << 42.5;
    QTest::newRow("largest double")
        << QStringLiteral("1.7976931348623157e308") << true << std::numeric_limits<double>::max();

    QTest::newRow("empty") << QString() << false << 0.0;
    QTest::newRow("blanks only") << QStringLiteral("   ") << false << 0.0;
    QTest::newRow("decimal comma") << QStringLiteral("1,5") << false << 0.0;
    QTest::newRow("thousands separator") << QStringLiteral("1,000") << false << 0.0;
    QTest::newRow("space inside") << QStringLiteral("1 000") << false << 0.0;
    QTest::newRow("inf") << QStringLiteral("inf") << false << 0.0;
    QTest::newRow("-inf") << QStringLiteral("-inf") << false << 0.0;
    QTest::newRow("Infinity") << QStringLiteral("Infinity") << false << 0.0;
    QTest::newRow("nan") << QStringLiteral("nan") << false << 0.0;
    QTest::newRow("NaN") << QStringLiteral("NaN") << false << 0.0;
    QTest::newRow("hexadecimal") << QStringLiteral("0x10") << false << 0.0;
    QTest::newRow("trailing letters") << QStringLiteral("12abc") << false << 0.0;
    QTest::newRow("letters") << QStringLiteral("abc") << false << 0.0;
    QTest::newRow("point only") << QStringLiteral(".") << false << 0.0;
    QTest::newRow("plus only") << QStringLiteral("+") << false << 0.0;
    QTest::newRow("minus only") << QStringLiteral("-") << false << 0.0;
    QTest::newRow("two signs") << QStringLiteral("+-1") << false << 0.0;
    QTest::newRow("double minus") << QStringLiteral("--1") << false << 0.0;
    QTest::newRow("sign after space") << QStringLiteral("- 1") << false << 0.0;
    QTest::newRow("two points") << QStringLiteral("1.2.3") << false << 0.0;
    QTest::newRow("exponent without digits") << QStringLiteral("1e") << false << 0.0;
    QTest::newRow("exponent only") << QStringLiteral("e5") << false << 0.0;
    QTest::newRow("overflow") << QStringLiteral("1e400") << false << 0.0;
    QTest::newRow("arabic-indic digits")
        << QString::fromUtf8("\xd9\xa1\xd9\xa2") << false << 0.0; // ١٢
    QTest::newRow("fullwidth digits")
        << QString::fromUtf8("\xef\xbc\x91\xef\xbc\x92") << false << 0.0; // １２
    QTest::newRow("superscript two") << QString::fromUtf8("\xc2\xb2") << false << 0.0;
    QTest::newRow("no-break space before") << QString::fromUtf8("\xc2\xa0"
                                                                "12")
                                           << false << 0.0;
    QTest::newRow("unicode minus") << QString::fromUtf8("\xe2\x88\x92"
                                                        "1")
                                   << false << 0.0;
}

void tst_Values::parseNumber()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(double, expected);

    const std::optional<double> value = Values::parseNumber(QStringView(text));
    QCOMPARE(value.has_value(), valid);
    if (valid) {
        QCOMPARE(*value, expected);
        QCOMPARE(std::signbit(*value), std::signbit(expected));
    }
}

// The UTF-8 overload used on raw file bytes must agree with the QString one.
void tst_Values::parseNumberUtf8_data()
{
    parseNumber_data();
}

void tst_Values::parseNumberUtf8()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(double, expected);

    const QByteArray utf8 = text.toUtf8();
    const std::optional<double> value = Values::parseNumber(
        std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    QCOMPARE(value.has_value(), valid);
    if (valid)
        QCOMPARE(*value, expected);
}

void tst_Values::parseBoolean_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("expected");

    const struct
    {
        const char *text;
        bool value;
    } accepted[] = {
        {"1", true},
        {"0", false},
        {"yes", true},
        {"no", false},
        {"YES", true},
        {"No", false},
        {"yEs", true},
        {"y", true},
        {"n", false},
        {"Y", true},
        {"N", false},
        {"true", true},
        {"false", false},
        {"TRUE", true},
        {"False", false},
        {" yes ", true},
        {"\tno", false},
    };
    for (const auto &a : accepted) {
        QTest::addRow("accepts \"%s\"", a.text) << QString::fromUtf8(a.text) << true << a.value;
    }

    const char *rejected[]
        = {"2", "-1", "maybe", "", "   ", "yess", "t", "f", "on", "off", "oui", "10", "1 0", "ja"};
    for (const char *r : rejected)
        QTest::addRow("rejects \"%s\"", r) << QString::fromUtf8(r) << false << false;
}

void tst_Values::parseBoolean()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(bool, expected);

    const std::optional<bool> value = Values::parseBoolean(text);
    QCOMPARE(value.has_value(), valid);
    if (valid)
        QCOMPARE(*value, expected);
}

// expected: the canonical text of the parsed value, empty when the text must be rejected.
void tst_Values::parseSex_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    const QString m = QStringLiteral("M");
    const QString f = QStringLiteral("F");
    QTest::newRow("M") << QStringLiteral("M") << m;
    QTest::newRow("m") << QStringLiteral("m") << m;
    QTest::newRow("F") << QStringLiteral("F") << f;
    QTest::newRow("f") << QStringLiteral("f") << f;
    QTest::newRow("male") << QStringLiteral("male") << m;
    QTest::newRow("Male") << QStringLiteral("Male") << m;
    QTest::newRow("MALE") << QStringLiteral("MALE") << m;
    QTest::newRow("female") << QStringLiteral("female") << f;
    QTest::newRow("FeMale") << QStringLiteral("FeMale") << f;
    QTest::newRow("spaces around") << QStringLiteral(" F ") << f;

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << QStringLiteral("  ") << QString();
    QTest::newRow("x") << QStringLiteral("x") << QString();
    QTest::newRow("man") << QStringLiteral("man") << QString();
    QTest::newRow("woman") << QStringLiteral("woman") << QString();
    QTest::newRow("MF") << QStringLiteral("MF") << QString();
    QTest::newRow("numeric code") << QStringLiteral("1") << QString();
    QTest::newRow("German") << QStringLiteral("w") << QString();
}

void tst_Values::parseSex()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);

    const std::optional<Sex> sex = Values::parseSex(text);
    QCOMPARE(sex ? Values::sexText(*sex) : QString(), expected);
}

void tst_Values::parseArm_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    const QString c = QStringLiteral("cytoreduction");
    const QString m = QStringLiteral("medical");
    QTest::newRow("cytoreduction") << QStringLiteral("cytoreduction") << c;
    QTest::newRow("CYTOREDUCTION") << QStringLiteral("CYTOREDUCTION") << c;
    QTest::newRow("Cytoreduction") << QStringLiteral("Cytoreduction") << c;
    QTest::newRow("medical") << QStringLiteral("medical") << m;
    QTest::newRow("Medical") << QStringLiteral("Medical") << m;
    QTest::newRow("spaces around") << QStringLiteral("  medical ") << m;

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("surgery") << QStringLiteral("surgery") << QString();
    QTest::newRow("abbreviation") << QStringLiteral("cyto") << QString();
    QTest::newRow("longer phrase") << QStringLiteral("medical therapy") << QString();
    QTest::newRow("numeric code") << QStringLiteral("1") << QString();
}

void tst_Values::parseArm()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);

    const std::optional<Arm> arm = Values::parseArm(text);
    QCOMPARE(arm ? Values::armText(*arm) : QString(), expected);
}

// expected: an invalid QDate when the text must be rejected.
void tst_Values::parseIsoDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("valid") << QStringLiteral("2023-03-04") << QDate(2023, 3, 4);
    QTest::newRow("leap day") << QStringLiteral("2024-02-29") << QDate(2024, 2, 29);
    QTest::newRow("end of year") << QStringLiteral("1999-12-31") << QDate(1999, 12, 31);
    QTest::newRow("old date") << QStringLiteral("1900-01-01") << QDate(1900, 1, 1);
    QTest::newRow("spaces around") << QStringLiteral(" 2004-03-17 ") << QDate(2004, 3, 17);

    QTest::newRow("February 30") << QStringLiteral("2023-02-30") << QDate();
    QTest::newRow("February 29, no leap year") << QStringLiteral("2023-02-29") << QDate();
    QTest::newRow("month 13") << QStringLiteral("2023-13-01") << QDate();
    QTest::newRow("month 0") << QStringLiteral("2023-00-10") << QDate();
    QTest::newRow("day 32") << QStringLiteral("2023-01-32") << QDate();
    QTest::newRow("day 0") << QStringLiteral("2023-01-00") << QDate();
    QTest::newRow("single digits") << QStringLiteral("2023-2-3") << QDate();
    QTest::newRow("single-digit day") << QStringLiteral("2023-02-3") << QDate();
    QTest::newRow("single-digit month padded with a space")
        << QStringLiteral("2023- 2-03") << QDate();
    QTest::newRow("US format") << QStringLiteral("03/04/2023") << QDate();
    QTest::newRow("slashes") << QStringLiteral("2023/03/04") << QDate();
    QTest::newRow("day first") << QStringLiteral("04-03-2023") << QDate();
    QTest::newRow("basic format") << QStringLiteral("20230304") << QDate();
    QTest::newRow("with time") << QStringLiteral("2023-03-04T10:00") << QDate();
    QTest::newRow("letter in day") << QStringLiteral("2023-03-0a") << QDate();
    QTest::newRow("signed year") << QStringLiteral("+023-03-04") << QDate();
    QTest::newRow("empty") << QString() << QDate();
    QTest::newRow("words") << QStringLiteral("yesterday") << QDate();
    QTest::newRow("arabic-indic digits")
        << QString::fromUtf8("\xd9\xa2\xd9\xa0\xd9\xa2\xd9\xa3-\xd9\xa0\xd9\xa3-\xd9\xa0\xd9\xa4")
        << QDate();
}

void tst_Values::parseIsoDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);

    const std::optional<QDate> date = Values::parseIsoDate(text);
    QCOMPARE(date.has_value(), expected.isValid());
    if (date) {
        QVERIFY(date->isValid());
        QCOMPARE(*date, expected);
    }
}

void tst_Values::numberText_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << 0.0 << QStringLiteral("0");
    QTest::newRow("integer") << 12.0 << QStringLiteral("12");
    QTest::newRow("hundred") << 100.0 << QStringLiteral("100");
    QTest::newRow("half") << 58.5 << QStringLiteral("58.5");
    QTest::newRow("negative") << -3.25 << QStringLiteral("-3.25");
    QTest::newRow("one tenth") << 0.1 << QStringLiteral("0.1");
    QTest::newRow("one third") << 1.0 / 3.0 << QStringLiteral("0.3333333333333333");
    QTest::newRow("large integer") << 123456789.0 << QStringLiteral("123456789");
    QTest::newRow("round large integer") << 100000.0 << QStringLiteral("100000");
    QTest::newRow("small") << 0.000123 << QStringLiteral("0.000123");
    QTest::newRow("very small") << 1.5e-7 << QStringLiteral("1.5e-07");
    QTest::newRow("very large") << 1e15 << QStringLiteral("1e+15");
}

void tst_Values::numberText()
{
    QFETCH(double, value);
    QFETCH(QString, expected);

    QCOMPARE(Values::numberText(value), expected);
}

void tst_Values::numberTextRoundTrip_data()
{
    QTest::addColumn<double>("value");

    QTest::newRow("zero") << 0.0;
    QTest::newRow("negative zero") << -0.0;
    QTest::newRow("integer") << 66.0;
    QTest::newRow("months") << 47.29363449691992;
    QTest::newRow("one tenth") << 0.1;
    QTest::newRow("one third") << 1.0 / 3.0;
    QTest::newRow("two thirds, negative") << -2.0 / 3.0;
    QTest::newRow("large") << 1e21;
    QTest::newRow("small") << 1e-7;
    QTest::newRow("largest double") << std::numeric_limits<double>::max();
    QTest::newRow("smallest normal") << std::numeric_limits<double>::min();
    QTest::newRow("smallest subnormal") << std::numeric_limits<double>::denorm_min();
    QTest::newRow("2^53 + 2") << 9007199254740994.0;
}

void tst_Values::numberTextRoundTrip()
{
    QFETCH(double, value);

    const QString text = Values::numberText(value);
    QVERIFY(!text.isEmpty());
    const std::optional<double> back = Values::parseNumber(text);
    QVERIFY2(back.has_value(), qPrintable(text));
    QCOMPARE(*back, value);
    QCOMPARE(std::signbit(*back), std::signbit(value));
}

// Deterministic pseudo-random bit patterns over the whole finite range of doubles.
void tst_Values::numberTextRoundTripManyBitPatterns()
{
    std::uint64_t state = 0x9e3779b97f4a7c15ULL;
    int checked = 0;
    for (int i = 0; i < 20000; ++i) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        double value = 0;
        std::memcpy(&value, &state, sizeof value);
        if (!std::isfinite(value))
            continue;
        ++checked;
        const QString text = Values::numberText(value);
        const std::optional<double> back = Values::parseNumber(text);
        if (!back || std::memcmp(&*back, &value, sizeof value) != 0)
            QFAIL(qPrintable(QStringLiteral("%1 does not read back").arg(text)));
    }
    QVERIFY(checked > 19000);
}

void tst_Values::canonicalTextsReadBack()
{
    QCOMPARE(Values::booleanText(true), QStringLiteral("yes"));
    QCOMPARE(Values::booleanText(false), QStringLiteral("no"));
    QCOMPARE(Values::parseBoolean(Values::booleanText(true)), std::optional<bool>(true));
    QCOMPARE(Values::parseBoolean(Values::booleanText(false)), std::optional<bool>(false));

    QCOMPARE(Values::sexText(Sex::Male), QStringLiteral("M"));
    QCOMPARE(Values::sexText(Sex::Female), QStringLiteral("F"));
    QCOMPARE(Values::parseSex(Values::sexText(Sex::Male)), std::optional<Sex>(Sex::Male));
    QCOMPARE(Values::parseSex(Values::sexText(Sex::Female)), std::optional<Sex>(Sex::Female));

    QCOMPARE(Values::armText(Arm::Cytoreduction), QStringLiteral("cytoreduction"));
    QCOMPARE(Values::armText(Arm::Medical), QStringLiteral("medical"));
    QCOMPARE(Values::parseArm(Values::armText(Arm::Cytoreduction)),
             std::optional<Arm>(Arm::Cytoreduction));
    QCOMPARE(Values::parseArm(Values::armText(Arm::Medical)), std::optional<Arm>(Arm::Medical));
}

QTEST_GUILESS_MAIN(tst_Values)
#include "tst_values.moc"
