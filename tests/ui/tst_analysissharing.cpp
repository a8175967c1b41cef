// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The column cache of RegistryStore and the snapshots of AnalysisController: a column is
// read once per filter change, and the statistics are the same whichever way they came.
// Also the SQL side of the windowed patient table: ids in order, sorted, rows by id.

#include "analysiscontroller.h"
#include "comparisonformatter.h"
#include "patienttablemodel.h"
#include "registryimporter.h"
#include "registrystore.h"
#include "survivalformatter.h"
#include "testsupport.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace CohortLens;

class tst_AnalysisSharing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cacheAnswersForItsFilterOnly();
    void cacheReadsOnlyWhatItLacks();
    void snapshotsAgree_data();
    void snapshotsAgree();
    void residentColumnsFollowImports();
    void patientIdsSortInSql();
    void patientIdsRefuseUnknownColumns();
    void loadPatientsById();

private:
    RegistryStore m_store;
    QStringList m_names;
};

void tst_AnalysisSharing::initTestCase()
{
    QCOMPARE(RegistryImporter().load(Test::demoRegistryPath(), m_store).outcome,
             ImportReport::Outcome::Imported);
    for (const RegistryColumn &c : m_store.columns())
        m_names << c.name;
}

void tst_AnalysisSharing::cacheAnswersForItsFilterOnly()
{
    CohortFilter cs;
    cs.presentation = Presentation::CarcinoidSyndrome;
    const auto all = m_store.loadColumns(m_names, cs);
    QVERIFY(all);
    const auto status = m_store.loadColumns({QStringLiteral("STATUS")}, cs);
    QVERIFY(status);

    m_store.cacheColumns(cs, *all);
    const auto cached = m_store.loadColumns({QStringLiteral("STATUS")}, cs);
    QVERIFY(cached);
    QCOMPARE(cached->names, status->names);
    QCOMPARE(cached->rows, status->rows);
    QCOMPARE(cached->values, status->values);
    // The values are shared with the cache, not copied.
    QVERIFY(cached->values.at(0).isSharedWith(all->values.at(m_names.indexOf(u"status"))));

    // Another filter reads the database.
    const auto everyone = m_store.loadColumns({QStringLiteral("status")}, CohortFilter());
    QVERIFY(everyone);
    QVERIFY(everyone->rows.size() > cached->rows.size());
    // An unknown column is still an error.
    QVERIFY(!m_store.loadColumns({QStringLiteral("no_such_column")}, cs));
    m_store.clearColumnCache();
}

void tst_AnalysisSharing::cacheReadsOnlyWhatItLacks()
{
    const CohortFilter filter;
    const auto rowsOnly = m_store.loadColumns({}, filter);
    QVERIFY(rowsOnly);
    m_store.cacheColumns(filter, *rowsOnly);
    const QStringList some{QStringLiteral("age"), QStringLiteral("arm")};
    const auto first = m_store.loadColumns(some, filter);
    QVERIFY(first);
    const auto again = m_store.loadColumns({QStringLiteral("arm")}, filter);
    QVERIFY(again);
    QVERIFY(again->values.at(0).isSharedWith(first->values.at(1)));
    m_store.clearColumnCache();
    const auto uncached = m_store.loadColumns(some, filter);
    QVERIFY(uncached);
    QCOMPARE(first->rows, uncached->rows);
    QCOMPARE(first->values, uncached->values);
}

void tst_AnalysisSharing::snapshotsAgree_data()
{
    QTest::addColumn<int>("presentation");
    QTest::newRow("everyone") << int(Presentation::Any);
    QTest::newRow("carcinoid syndrome") << int(Presentation::CarcinoidSyndrome);
    QTest::newRow("obstruction only") << int(Presentation::ObstructionOnly);
}

// The window's snapshot, with the table's columns or without, gives the statistics the
// command line computes analysis by analysis.
void tst_AnalysisSharing::snapshotsAgree()
{
    QFETCH(int, presentation);
    CohortFilter filter;
    filter.presentation = Presentation(presentation);
    const SurvivalRequest survival;
    const ComparisonRequest comparison;
    const CohortSnapshot full = AnalysisController::compute(m_store.path(),
                                                            filter,
                                                            survival,
                                                            comparison,
                                                            1,
                                                            AnalysisController::Table::AllColumns);
    const CohortSnapshot lean = AnalysisController::compute(m_store.path(),
                                                            filter,
                                                            survival,
                                                            comparison,
                                                            2,
                                                            AnalysisController::Table::RowNumbers);
    QVERIFY2(full.error.isEmpty(), qPrintable(full.error));
    QVERIFY2(lean.error.isEmpty(), qPrintable(lean.error));
    QCOMPARE(full.patients.names, m_names);
    QVERIFY(lean.patients.names.isEmpty());
    QCOMPARE(lean.patients.rows, full.patients.rows);

    RegistryStore store;
    QVERIFY(store.open(m_store.path(), RegistryStore::Access::ReadOnly));
    const auto s = SurvivalAnalysis::run(store, filter, survival);
    const auto c = ComparisonAnalysis::run(store, filter, comparison);
    QVERIFY(std::holds_alternative<SurvivalResult>(s));
    QVERIFY(std::holds_alternative<ComparisonResult>(c));
    const QByteArray survivalJson = SurvivalFormatter::json(std::get<SurvivalResult>(s));
    const QByteArray comparisonJson = ComparisonFormatter::json(std::get<ComparisonResult>(c));
    for (const CohortSnapshot *snapshot : {&full, &lean}) {
        QVERIFY(snapshot->survival && snapshot->comparison && snapshot->overallSurvival);
        QCOMPARE(SurvivalFormatter::json(*snapshot->survival), survivalJson);
        QCOMPARE(ComparisonFormatter::json(*snapshot->comparison), comparisonJson);
    }
    QCOMPARE(SurvivalFormatter::json(*lean.overallSurvival),
             SurvivalFormatter::json(*full.overallSurvival));

    // As the window computes: every patient's columns kept between filter changes, read by
    // an earlier run for another filter, and answered for this one by its ids.
    const auto resident = std::make_shared<ResidentColumns>();
    CohortFilter other;
    other.presentation = Presentation::Obstruction;
    (void) AnalysisController::compute(m_store.path(),
                                       other,
                                       survival,
                                       comparison,
                                       3,
                                       AnalysisController::Table::RowNumbers,
                                       resident);
    QVERIFY(!resident->columns.names.isEmpty());
    const CohortSnapshot kept = AnalysisController::compute(m_store.path(),
                                                            filter,
                                                            survival,
                                                            comparison,
                                                            4,
                                                            AnalysisController::Table::RowNumbers,
                                                            resident);
    QVERIFY2(kept.error.isEmpty(), qPrintable(kept.error));
    QCOMPARE(kept.patients.rows, full.patients.rows);
    QCOMPARE(kept.patients.ids, *store.patientIds(filter));
    QVERIFY(kept.survival && kept.comparison && kept.overallSurvival);
    QCOMPARE(SurvivalFormatter::json(*kept.survival), survivalJson);
    QCOMPARE(ComparisonFormatter::json(*kept.comparison), comparisonJson);
    QCOMPARE(SurvivalFormatter::json(*kept.overallSurvival),
             SurvivalFormatter::json(*full.overallSurvival));
    // The filter dock's choices come along, from every patient whatever the filter.
    QVERIFY(kept.choices);
    QCOMPARE(kept.choices->arms,
             QStringList({QStringLiteral("cytoreduction"), QStringLiteral("medical")}));
    QVERIFY(kept.choices->sites.size() >= 2);
    QVERIFY(kept.choices->maxAge > 18 && kept.choices->maxAge <= 120);
    QVERIFY(kept.choices->maxFollowUp > 12);
    QVERIFY(!full.choices); // without resident columns they are not computed
}

// An import between two filter changes is seen: the kept columns belong to the registry
// as its last import left it, never to an older state.
void tst_AnalysisSharing::residentColumnsFollowImports()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("registry.sqlite"));
    QByteArray csv = Test::readFile(Test::demoRegistryPath());
    auto import = [&](const QByteArray &bytes, ProvenanceEntry::Mode mode) {
        RegistryStore store;
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        return store.open(path, RegistryStore::Access::ReadWrite)
               && RegistryImporter()
                          .importInto(store,
                                      buffer,
                                      QStringLiteral("part.csv"),
                                      mode,
                                      ColumnMapping())
                          .outcome
                      == ImportReport::Outcome::Imported;
    };
    QVERIFY(import(csv, ProvenanceEntry::Mode::Create));

    const auto resident = std::make_shared<ResidentColumns>();
    CohortFilter filter;
    filter.presentation = Presentation::CarcinoidSyndrome;
    const CohortSnapshot before = AnalysisController::compute(path,
                                                              filter,
                                                              {},
                                                              {},
                                                              1,
                                                              AnalysisController::Table::RowNumbers,
                                                              resident);
    QVERIFY2(before.error.isEmpty(), qPrintable(before.error));

    // The same patients again under new ids: twice as many.
    QList<QByteArray> lines = csv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines.at(i).trimmed().isEmpty())
            lines[i].prepend("B-");
    }
    QVERIFY(import(lines.join('\n'), ProvenanceEntry::Mode::Append));
    const CohortSnapshot after = AnalysisController::compute(path,
                                                             filter,
                                                             {},
                                                             {},
                                                             2,
                                                             AnalysisController::Table::RowNumbers,
                                                             resident);
    const CohortSnapshot fresh = AnalysisController::compute(path,
                                                             filter,
                                                             {},
                                                             {},
                                                             3,
                                                             AnalysisController::Table::RowNumbers);
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    QCOMPARE(after.total, 2 * before.total);
    QCOMPARE(after.patients.rows.size(), 2 * before.patients.rows.size());
    QCOMPARE(after.patients.ids, fresh.patients.ids);
    QCOMPARE(SurvivalFormatter::json(*after.survival), SurvivalFormatter::json(*fresh.survival));
    QCOMPARE(ComparisonFormatter::json(*after.comparison),
             ComparisonFormatter::json(*fresh.comparison));

    // --replace with the first file again: back to the first numbers.
    QVERIFY(import(csv, ProvenanceEntry::Mode::Replace));
    const CohortSnapshot replaced = AnalysisController::compute(
        path, filter, {}, {}, 4, AnalysisController::Table::RowNumbers, resident);
    QCOMPARE(replaced.total, before.total);
    QCOMPARE(SurvivalFormatter::json(*replaced.survival), SurvivalFormatter::json(*before.survival));
}

void tst_AnalysisSharing::patientIdsSortInSql()
{
    const auto ids = m_store.patientIds(CohortFilter());
    QVERIFY(ids);
    QCOMPARE(ids->size(), m_store.patientCount());
    QVERIFY(std::is_sorted(ids->cbegin(), ids->cend()));

    // By follow-up, descending: the times come out descending, ties in import order.
    const auto sorted = m_store.patientIds(CohortFilter(),
                                           QStringLiteral("followup_months"),
                                           Qt::DescendingOrder,
                                           &PatientTableModel::compareText);
    QVERIFY(sorted);
    QCOMPARE(sorted->size(), ids->size());
    const auto rows = m_store.loadPatients({QStringLiteral("followup_months")}, *sorted);
    QVERIFY(rows);
    const CohortColumn &times = rows->values.at(0);
    for (qsizetype i = 1; i < times.size(); ++i) {
        QVERIFY(times.at(i - 1).toDouble() >= times.at(i).toDouble());
        if (times.at(i - 1).toDouble() == times.at(i).toDouble())
            QVERIFY(sorted->at(i - 1) < sorted->at(i));
    }

    // Text in natural order through the collation.
    const auto byId = m_store.patientIds(CohortFilter(),
                                         QStringLiteral("patient_id"),
                                         Qt::AscendingOrder,
                                         &PatientTableModel::compareText);
    QVERIFY(byId);
    const auto idRows = m_store.loadPatients({QStringLiteral("patient_id")}, *byId);
    QVERIFY(idRows);
    for (qsizetype i = 1; i < idRows->rows.size(); ++i)
        QVERIFY(
            PatientTableModel::compareText(idRows->values.at(0).at(i - 1).toString().toStdString(),
                                           idRows->values.at(0).at(i).toString().toStdString())
            <= 0);
}

void tst_AnalysisSharing::patientIdsRefuseUnknownColumns()
{
    // Column names are looked up in the schema, never pasted into the SQL.
    QVERIFY(!m_store.patientIds(CohortFilter(), QStringLiteral("age; DROP TABLE patients")));
    QVERIFY(m_store.errorString().contains(u"no column"));
    QCOMPARE(m_store.patientCount(), 66);
}

void tst_AnalysisSharing::loadPatientsById()
{
    const auto ids = m_store.patientIds(CohortFilter());
    QVERIFY(ids);
    const QList<qint64> wanted{ids->at(5), ids->at(2), 999999, ids->at(0)};
    const auto some = m_store.loadPatients(m_names, wanted);
    QVERIFY(some);
    QCOMPARE(some->rows.size(), 3); // the unknown id is left out
    const auto all = m_store.loadColumns(m_names, CohortFilter());
    QVERIFY(all);
    const qsizetype order[] = {5, 2, 0};
    for (qsizetype i = 0; i < 3; ++i) {
        QCOMPARE(some->rows.at(i), all->rows.at(order[i]));
        for (qsizetype c = 0; c < m_names.size(); ++c)
            QCOMPARE(some->values.at(c).at(i), all->values.at(c).at(order[i]));
    }
}

QTEST_MAIN(tst_AnalysisSharing)
#include "tst_analysissharing.moc"
