// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisfixture.h"
#include "comparisonanalysis.h"
#include "comparisonformatter.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace CohortLens;
using Type = ComparisonVariable::Type;

class tst_ComparisonAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesVariables_data();
    void parsesVariables();
    void detectsTypes_data();
    void detectsTypes();
    void usageErrors_data();
    void usageErrors();
    void nativeRows();
    void everyoneInOneGroup();
    void rowsWithoutAGroupAreExcluded();
    void switchesTests();
    void formats();
};

namespace {
std::variant<ComparisonResult, AnalysisError> compare(const QByteArray &csv,
                                                      const ComparisonRequest &request)
{
    const auto store = Test::storeFromCsv(csv);
    if (!store)
        return AnalysisError{AnalysisError::Kind::Data, QStringLiteral("not loaded")};
    return ComparisonAnalysis::run(*store, {}, request);
}
} // namespace

void tst_ComparisonAnalysis::parsesVariables_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("type");
    QTest::newRow("automatic") << "age" << true << "age" << int(Type::Automatic);
    QTest::newRow("binary") << "smoker:binary" << true << "smoker" << int(Type::Binary);
    QTest::newRow("categorical, spaces")
        << " grade : Categorical " << true << "grade" << int(Type::Categorical);
    QTest::newRow("continuous") << "ki67:continuous" << true << "ki67" << int(Type::Continuous);
    QTest::newRow("unknown type") << "age:numeric" << false << "" << 0;
    QTest::newRow("no column") << ":binary" << false << "" << 0;
    QTest::newRow("a colon in the name") << "time:2" << true << "time:2" << int(Type::Automatic);
}

void tst_ComparisonAnalysis::parsesVariables()
{
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    QFETCH(QString, column);
    QFETCH(int, type);
    const auto v = ComparisonVariable::parse(spec);
    QCOMPARE(v.has_value(), valid);
    if (v) {
        QCOMPARE(v->column, column);
        QCOMPARE(int(v->type), type);
    }
}

void tst_ComparisonAnalysis::detectsTypes_data()
{
    QTest::addColumn<QByteArray>("values");
    QTest::addColumn<int>("type");
    QTest::newRow("yes/no") << QByteArray("yes,no,yes,,no,yes,no,no,yes,no,yes,no")
                            << int(Type::Binary);
    QTest::newRow("1/0") << QByteArray("1,0,1,1,0,0,1,0,1,0,1,1") << int(Type::Binary);
    QTest::newRow("numbers, many values")
        << QByteArray("1,2,3,4,5,6,7,8,9,10,11,12") << int(Type::Continuous);
    QTest::newRow("a 1/2 code") << QByteArray("1,2,1,2,2,1,1,2,1,2,1,2") << int(Type::Categorical);
    QTest::newRow("grades") << QByteArray("1,2,3,1,2,3,4,1,2,3,1,2") << int(Type::Categorical);
    QTest::newRow("text") << QByteArray("a,b,c,a,b,c,a,b,c,a,b,c") << int(Type::Categorical);
}

void tst_ComparisonAnalysis::detectsTypes()
{
    QFETCH(QByteArray, values);
    QFETCH(int, type);
    QByteArray csv = "g,x\n";
    const QList<QByteArray> cells = values.split(',');
    for (qsizetype i = 0; i < cells.size(); ++i)
        csv += QByteArray(i % 2 ? "b" : "a") + ',' + cells.at(i) + '\n';
    ComparisonRequest request;
    request.group = QStringLiteral("g");
    request.variables << ComparisonVariable{QStringLiteral("x"), Type::Automatic};
    const auto outcome = compare(csv, request);
    const auto *result = std::get_if<ComparisonResult>(&outcome);
    QVERIFY(result);
    QCOMPARE(int(result->rows.at(0).type), type);
}

void tst_ComparisonAnalysis::usageErrors_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("message");
    QTest::newRow("binary that is not yes/no") << "site:binary"
                                               << "not a yes/no column";
    QTest::newRow("continuous that is text") << "site:continuous"
                                             << "not a numeric column";
    QTest::newRow("unknown column") << "weight"
                                    << "no column weight";
    QTest::newRow("no rows named") << ""
                                   << "name the rows to compare";
}

void tst_ComparisonAnalysis::usageErrors()
{
    QFETCH(QString, variable);
    QFETCH(QString, message);
    ComparisonRequest request;
    request.group = QStringLiteral("g");
    if (!variable.isEmpty())
        request.variables << *ComparisonVariable::parse(variable);
    const auto outcome = compare("g,site\na,ileum\nb,colon\n", request);
    const auto *error = std::get_if<AnalysisError>(&outcome);
    QVERIFY(error);
    QCOMPARE(error->kind, AnalysisError::Kind::Usage);
    QVERIFY2(error->message.contains(message), qPrintable(error->message));
}

void tst_ComparisonAnalysis::nativeRows()
{
    const auto outcome = compare(Test::readFile(Test::demoRegistryPath()), {});
    const auto *result = std::get_if<ComparisonResult>(&outcome);
    QVERIFY(result);
    QStringList variables;
    for (const ComparisonRow &row : result->rows)
        variables << row.variable;
    QCOMPARE(variables,
             QStringList({QStringLiteral("carcinoid_syndrome"),
                          QStringLiteral("obstruction"),
                          QStringLiteral("cs_improved"),
                          QStringLiteral("obstruction_relieved"),
                          QStringLiteral("complication"),
                          QStringLiteral("died_30d"),
                          QStringLiteral("followup_months"),
                          QStringLiteral("age"),
                          QStringLiteral("sex"),
                          QStringLiteral("primary_site")}));
    // The acceptance figures (SPEC §5).
    const ComparisonRow &cs = result->rows.at(2);
    QCOMPARE(cs.cells.at(0).proportion.count, 24);
    QCOMPARE(cs.cells.at(0).proportion.n, 28);
    QCOMPARE(cs.cells.at(1).proportion.count, 18);
    QCOMPARE(cs.test, ComparisonTest::Pearson);
    QCOMPARE(std::round(cs.p().value_or(-1) * 1000) / 1000, 0.064);
    const ComparisonRow &morbidity = result->rows.at(4);
    QCOMPARE(morbidity.overall.proportion.count, 14);
    QCOMPARE(morbidity.overall.proportion.n, 64);
    const ComparisonRow &followUp = result->rows.at(6);
    QCOMPARE(followUp.continuousOverall.summary.mean.value_or(-1), 47.0);
    QCOMPARE(followUp.continuousOverall.summary.min.value_or(-1), 6.0);
    QCOMPARE(followUp.continuousOverall.summary.max.value_or(-1), 156.0);
    // An extra variable is added after the defaults, not instead of them.
    ComparisonRequest more;
    more.variables << ComparisonVariable{QStringLiteral("regional_resection"), Type::Automatic};
    const auto extended = compare(Test::readFile(Test::demoRegistryPath()), more);
    QCOMPARE(std::get<ComparisonResult>(extended).rows.size(), 11);
}

void tst_ComparisonAnalysis::everyoneInOneGroup()
{
    ComparisonRequest request;
    request.group = QStringLiteral("none");
    const auto outcome = compare(Test::readFile(Test::demoRegistryPath()), request);
    const auto &result = std::get<ComparisonResult>(outcome);
    QCOMPARE(result.groups.size(), 1);
    QCOMPARE(result.groups.at(0).name, QStringLiteral("all"));
    for (const ComparisonRow &row : result.rows)
        QVERIFY2(!row.p(), qPrintable(row.variable));
}

void tst_ComparisonAnalysis::rowsWithoutAGroupAreExcluded()
{
    ComparisonRequest request;
    request.group = QStringLiteral("g");
    request.variables << ComparisonVariable{QStringLiteral("x"), Type::Binary};
    const auto outcome = compare("g,x\na,yes\n,no\nb,no\nb,yes\n", request);
    const auto &result = std::get<ComparisonResult>(outcome);
    QCOMPARE(result.n, 3);
    QCOMPARE(result.excluded.size(), 1);
    QCOMPARE(result.excluded.at(0).row, 2);
}

void tst_ComparisonAnalysis::switchesTests()
{
    const auto outcome = compare(Test::readFile(Test::demoRegistryPath()), {});
    const ComparisonRow cs = std::get<ComparisonResult>(outcome).rows.at(2);
    QCOMPARE(cs.availableTests(),
             (QList<ComparisonTest>{ComparisonTest::Pearson,
                                    ComparisonTest::Yates,
                                    ComparisonTest::Fisher}));
    ComparisonRow switched = cs;
    switched.test = ComparisonTest::Fisher;
    QCOMPARE(switched.p(), cs.fisherP);
    QVERIFY(!switched.statistic());
    switched.test = ComparisonTest::Yates;
    QCOMPARE(switched.p(), cs.yatesP);
    QVERIFY(*cs.yatesP > *cs.pearsonP); // the correction makes it conservative
}

void tst_ComparisonAnalysis::formats()
{
    const auto outcome = compare(Test::readFile(Test::demoRegistryPath()), {});
    const auto &result = std::get<ComparisonResult>(outcome);
    const QString text = ComparisonFormatter::text(result, QLocale::c());
    QVERIFY(text.contains(QStringLiteral("24/28 (85.7%)")));
    QVERIFY(text.contains(QStringLiteral("18/28 (64.3%)")));
    QVERIFY(text.contains(QStringLiteral("0.064")));
    QVERIFY(text.contains(QStringLiteral("6–156")));
    QVERIFY(text.contains(QStringLiteral("47.0")));
    const QByteArray csv = ComparisonFormatter::csv(result);
    QVERIFY(csv.startsWith("variable,label,type,level,group,count,n,percent"));
    QVERIFY(csv.contains("cs_improved,Carcinoid syndrome improved,binary,,cytoreduction,24,28,"));
    const QJsonObject json = QJsonDocument::fromJson(ComparisonFormatter::json(result)).object();
    QCOMPARE(json.value(QStringLiteral("rows")).toArray().size(), 10);
    // German numbers in the readable table only.
    const QString german = ComparisonFormatter::text(result, QLocale(QLocale::German));
    QVERIFY(german.contains(QStringLiteral("85,7")));
    QVERIFY(!ComparisonFormatter::json(result).contains("85,7"));
}

QTEST_GUILESS_MAIN(tst_ComparisonAnalysis)
#include "tst_comparisonanalysis.moc"
