// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace CohortLens;

class tst_JsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsKeyOrderAndIndents();
    void numbers_data();
    void numbers();
    void escapesText();
    void emptyContainers();
};

void tst_JsonWriter::keepsKeyOrderAndIndents()
{
    JsonWriter w;
    w.beginObject().field("n", 66).key("excluded").beginArray().endArray();
    w.key("groups").beginArray().beginObject().field("name", "medical").endObject().endArray();
    w.endObject();
    QCOMPARE(w.data(),
             QByteArray("{\n  \"n\": 66,\n  \"excluded\": [],\n  \"groups\": [\n    {\n"
                        "      \"name\": \"medical\"\n    }\n  ]\n}\n"));
}

void tst_JsonWriter::numbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("integer") << 66.0 << QByteArray("66");
    QTest::newRow("shortest exact") << 0.1 << QByteArray("0.1");
    QTest::newRow("many digits") << 0.0640775064510592 << QByteArray("0.0640775064510592");
    QTest::newRow("small") << 1.5e-12 << QByteArray("1.5e-12");
    QTest::newRow("negative") << -0.8 << QByteArray("-0.8");
    QTest::newRow("NaN is null") << std::numeric_limits<double>::quiet_NaN() << QByteArray("null");
    QTest::newRow("infinity is null")
        << std::numeric_limits<double>::infinity() << QByteArray("null");
}

void tst_JsonWriter::numbers()
{
    QFETCH(double, value);
    QFETCH(QByteArray, text);
    JsonWriter w;
    w.beginArray().value(value).value(std::optional<double>()).endArray();
    QCOMPARE(w.data(), "[\n  " + text + ",\n  null\n]\n");
    // Locale-independent: no decimal comma whatever the default locale.
    QLocale::setDefault(QLocale(QLocale::German));
    JsonWriter german;
    german.beginArray().value(value).endArray();
    QCOMPARE(german.data(), "[\n  " + text + "\n]\n");
    QLocale::setDefault(QLocale::c());
}

void tst_JsonWriter::escapesText()
{
    const QString text = QStringLiteral("a \"quoted\" \\ line\nbreak\ttab \u0001 ü 😀");
    JsonWriter w;
    w.beginObject().field("text", text).endObject();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(w.data(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.object().value(QStringLiteral("text")).toString(), text);
}

void tst_JsonWriter::emptyContainers()
{
    JsonWriter w;
    w.beginObject().key("a").beginObject().endObject().endObject();
    QCOMPARE(w.data(), QByteArray("{\n  \"a\": {}\n}\n"));
}

QTEST_GUILESS_MAIN(tst_JsonWriter)
#include "tst_jsonwriter.moc"
