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
        // SPEC §3: 1e-6 relative; p-values also 1e-12 absolute.
        const QString key = path.section(u'.', -1);
        const bool pValue = key == u"p" || key.endsWith(u"_p");
        if (d <= 1e-6 * std::abs(e) || (pValue && d <= 1e-12) || a == e)
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
    void refuses_data();
    void refuses();
    void formats_data();
    void formats();
    void emptyCohortIsValidOutput();

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

void tst_AnalysisCommands::refuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString demo = QStringLiteral("resources/demo/net-registry-synthetic.csv");
    const QString lung = QStringLiteral("tests/data/r/lung.csv");
    auto row = [&](const char *name, QStringList arguments, int exitCode, const char *message) {
        QTest::newRow(name) << arguments << exitCode << QString::fromUtf8(message);
    };
    using L = QStringList;
    const QString survival = QStringLiteral("survival");
    const QString compare = QStringLiteral("compare");
    const QString input = QStringLiteral("--input");
    row("no input", L{survival}, 2, "--input PATH is required");
    row("missing file", L{survival, input, QStringLiteral("nowhere.csv")}, 2, "does not exist");
    row("folder", L{compare, input, QStringLiteral("tests")}, 2, "is a folder");
    row("unknown option",
        L{survival, input, demo, QStringLiteral("--colour")},
        2,
        "Unknown option 'colour'");
    row("bad conf type",
        L{survival, input, demo, QStringLiteral("--conf-type"), QStringLiteral("logit")},
        2,
        "--conf-type logit");
    row("bad conf level",
        L{survival, input, demo, QStringLiteral("--conf-level"), QStringLiteral("95")},
        2,
        "between 0 and 1");
    row("bad at",
        L{survival, input, demo, QStringLiteral("--at"), QStringLiteral("12,x")},
        2,
        "--at 12,x");
    row("negative at",
        L{survival, input, demo, QStringLiteral("--at"), QStringLiteral("-1")},
        2,
        "--at -1");
    row("bad quantile",
        L{survival, input, demo, QStringLiteral("--quantiles"), QStringLiteral("50")},
        2,
        "between 0 and 1");
    row("bad ties",
        L{survival, input, demo, QStringLiteral("--ties"), QStringLiteral("exact")},
        2,
        "--ties exact");
    row("unknown reference",
        L{survival, input, demo, QStringLiteral("--reference"), QStringLiteral("surgery")},
        2,
        "--reference surgery: arm has no such level; its levels are cytoreduction, medical");
    row("unknown column",
        L{survival, input, demo, QStringLiteral("--group"), QStringLiteral("centre")},
        2,
        "no column centre");
    row("unknown covariate",
        L{survival, input, demo, QStringLiteral("--covariates"), QStringLiteral("bmi")},
        2,
        "no column bmi");
    row("bad presentation",
        L{survival, input, demo, QStringLiteral("--presentation"), QStringLiteral("pain")},
        2,
        "--presentation pain");
    row("bad where",
        L{compare, input, demo, QStringLiteral("--where"), QStringLiteral("age 60")},
        2,
        "has no comparison");
    row("where on an unknown column",
        L{compare, input, demo, QStringLiteral("--where"), QStringLiteral("bmi>30")},
        2,
        "no column bmi");
    row("foreign file needs columns", L{survival, input, lung}, 2, "name the columns to analyse");
    row("foreign file needs rows", L{compare, input, lung}, 2, "name the rows to compare");
    row("presentation on a foreign file",
        L{survival,
          input,
          lung,
          QStringLiteral("--time"),
          QStringLiteral("time"),
          QStringLiteral("--event"),
          QStringLiteral("status"),
          QStringLiteral("--presentation"),
          QStringLiteral("cs")},
        2,
        "--presentation needs the carcinoid_syndrome and obstruction columns");
    row("bad variable type",
        L{compare, input, lung, QStringLiteral("--variables"), QStringLiteral("age:numeric")},
        2,
        "--variables age:numeric");
    row("invalid native file",
        L{survival, input, QStringLiteral("tests/data/registry/invalid-arm.csv")},
        3,
        "invalid-arm.csv: row 1, column arm, value \"surgery\": unknown arm");
    row("bad format",
        L{compare, input, demo, QStringLiteral("--format"), QStringLiteral("xml")},
        2,
        "--format xml");
}

void tst_AnalysisCommands::refuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run r = run(arguments);
    const QString context = QString::fromUtf8(r.err) + QStringLiteral("\nexit ")
                            + QString::number(r.exitCode);
    QVERIFY2(r.exitCode == exitCode, qPrintable(context));
    if (exitCode != 0) {
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(message), qPrintable(context));
    }
}

void tst_AnalysisCommands::formats_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("firstLine");
    QTest::addColumn<QString>("contains");
    const QString demo = QStringLiteral("resources/demo/net-registry-synthetic.csv");
    QTest::newRow("survival csv") << QStringList{QStringLiteral("survival"),
                                                 QStringLiteral("--input"),
                                                 demo,
                                                 QStringLiteral("--format"),
                                                 QStringLiteral("csv")}
                                  << QStringLiteral(
                                         "group,time,n_risk,n_event,n_censor,surv,se,lower,upper")
                                  << QStringLiteral("cytoreduction,6,30,0,1,1,0,,");
    QTest::newRow("survival text, everyone")
        << QStringList{QStringLiteral("survival"),
                       QStringLiteral("--input"),
                       demo,
                       QStringLiteral("--group"),
                       QStringLiteral("none"),
                       QStringLiteral("--format"),
                       QStringLiteral("text")}
        << QStringLiteral("Survival: followup_months, event status, everyone as one group")
        << QStringLiteral("S(60) = 73.8%");
    QTest::newRow("compare csv")
        << QStringList{QStringLiteral("compare"),
                       QStringLiteral("--input"),
                       demo,
                       QStringLiteral("--format"),
                       QStringLiteral("csv")}
        << QStringLiteral("variable,label,type,level,group,count,n,percent,lower,upper,mean,sd,"
                          "median,q1,q3,min,max,test,p")
        << QStringLiteral("cs_improved,Carcinoid syndrome improved,binary,,overall,42,56,75,");
    QTest::newRow("compare text") << QStringList{QStringLiteral("compare"),
                                                 QStringLiteral("--input"),
                                                 demo,
                                                 QStringLiteral("--format"),
                                                 QStringLiteral("text")}
                                  << QString() << QStringLiteral("24/28 (85.7%)");
}

void tst_AnalysisCommands::formats()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, firstLine);
    QFETCH(QString, contains);
    const Run r = run(arguments);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    if (!firstLine.isEmpty())
        QCOMPARE(out.section(u'\n', 0, 0), firstLine);
    QVERIFY2(out.contains(contains), qPrintable(out.left(3000)));
}

// A filter that leaves no one: valid, empty output and a note, not an error.
void tst_AnalysisCommands::emptyCohortIsValidOutput()
{
    const Run r = run({QStringLiteral("survival"),
                       QStringLiteral("--input"),
                       QStringLiteral("resources/demo/net-registry-synthetic.csv"),
                       QStringLiteral("--where"),
                       QStringLiteral("age > 200")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(QStringLiteral("n")).toInt(-1), 0);
    QVERIFY(json.value(QStringLiteral("groups")).toArray().isEmpty());
    QVERIFY(r.err.contains("no patient is left to analyse"));
}

QTEST_GUILESS_MAIN(tst_AnalysisCommands)
#include "tst_analysiscommands.moc"
