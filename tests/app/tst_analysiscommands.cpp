// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// `cohortlens survival` and `cohortlens compare` run as a user runs them, their JSON
// compared field for field with what R computes on the same data
// (tests/stats/reference/commands.R → tests/data/r/reference/commands.json).

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <cmath>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(QStringLiteral(COHORTLENS_SOURCE_DIR));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(COHORTLENS_BINARY), arguments);
    Run r;
    if (!process.waitForFinished(120000))
        return r;
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

// Every field of `expected` in `actual` and nothing more; numbers to 1e-6 relative or
// 1e-12 absolute (SPEC §3). Returns the first difference, with its path.
QString difference(const QJsonValue &expected, const QJsonValue &actual, const QString &path)
{
    if (expected.type() != actual.type()) {
        return QStringLiteral("%1: R gives %2, we give %3")
            .arg(path,
                 QString::fromUtf8(
                     QJsonDocument(QJsonArray{expected}).toJson(QJsonDocument::Compact)),
                 QString::fromUtf8(
                     QJsonDocument(QJsonArray{actual}).toJson(QJsonDocument::Compact)));
    }
    switch (expected.type()) {
    case QJsonValue::Double: {
        const double e = expected.toDouble();
        const double a = actual.toDouble();
        const double d = std::abs(a - e);
        if (d <= 1e-6 * std::abs(e) || d <= 1e-12)
            return {};
        return QStringLiteral("%1: R gives %2, we give %3")
            .arg(path)
            .arg(e, 0, 'g', 17)
            .arg(a, 0, 'g', 17);
    }
    case QJsonValue::Array: {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (e.size() != a.size())
            return QStringLiteral("%1: R has %2 elements, we have %3")
                .arg(path)
                .arg(e.size())
                .arg(a.size());
        for (qsizetype i = 0; i < e.size(); ++i) {
            const QString d = difference(e.at(i),
                                         a.at(i),
                                         QStringLiteral("%1[%2]").arg(path).arg(i));
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    case QJsonValue::Object: {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (!e.contains(it.key()))
                return QStringLiteral("%1.%2: not expected").arg(path, it.key());
        }
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!a.contains(it.key()))
                return QStringLiteral("%1.%2: missing").arg(path, it.key());
            const QString d = difference(it.value(), a.value(it.key()), path + u'.' + it.key());
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    default:
        return expected == actual
                   ? QString()
                   : QStringLiteral("%1: R gives %2, we give %3")
                         .arg(path, expected.toVariant().toString(), actual.toVariant().toString());
    }
}

} // namespace

class tst_AnalysisCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchesR_data();
    void matchesR();

private:
    QJsonArray m_cases;
};

void tst_AnalysisCommands::initTestCase()
{
    QFile file(QStringLiteral(COHORTLENS_TEST_DATA "/r/reference/commands.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_cases
        = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("cases")).toArray();
    QVERIFY(!m_cases.isEmpty());
}

void tst_AnalysisCommands::matchesR_data()
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < m_cases.size(); ++i) {
        const QJsonObject c = m_cases.at(i).toObject();
        QStringList args{c.value(QStringLiteral("command")).toString()};
        for (const QJsonValue &a : c.value(QStringLiteral("args")).toArray())
            args << a.toString();
        QTest::addRow("%s", qPrintable(args.join(u' '))) << int(i);
    }
}

void tst_AnalysisCommands::matchesR()
{
    QFETCH(int, index);
    const QJsonObject c = m_cases.at(index).toObject();
    QStringList args{c.value(QStringLiteral("command")).toString()};
    for (const QJsonValue &a : c.value(QStringLiteral("args")).toArray())
        args << a.toString();
    args << QStringLiteral("--format") << QStringLiteral("json");

    const Run r = run(args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError,
             qPrintable(error.errorString() + QStringLiteral("\n")
                        + QString::fromUtf8(r.out.left(2000))));
    // Plain JSON numbers only: never NaN or Infinity (SPEC §4).
    QVERIFY(!r.out.contains("nan") && !r.out.contains("inf") && !r.out.contains("NaN"));
    const QString d = difference(c.value(QStringLiteral("expected")),
                                 document.object(),
                                 QStringLiteral("$"));
    QVERIFY2(d.isEmpty(), qPrintable(d));
}

QTEST_GUILESS_MAIN(tst_AnalysisCommands)
#include "tst_analysiscommands.moc"
