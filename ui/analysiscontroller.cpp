// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysiscontroller.h"

#include "nativeschema.h"
#include "registrystore.h"

#include <QEventLoop>
#include <QtConcurrent>

namespace CohortLens {

AnalysisController::AnalysisController(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFutureWatcher<CohortSnapshot>(this))
{
    qRegisterMetaType<CohortSnapshot>();
    connect(m_watcher,
            &QFutureWatcher<CohortSnapshot>::finished,
            this,
            &AnalysisController::finished);
}

AnalysisController::~AnalysisController()
{
    m_watcher->waitForFinished();
}

void AnalysisController::setRegistry(const QString &path,
                                     const SurvivalRequest &survival,
                                     const ComparisonRequest &comparison)
{
    m_path = path;
    m_resident = std::make_shared<ResidentColumns>();
    m_survival = survival;
    m_comparison = comparison;
    // The window stays responsive on large registries: exact tests only where a row needs
    // one (or the cohort is small); the command line always computes them.
    if (m_comparison.exactTestLimit == 0)
        m_comparison.exactTestLimit = ExactTestLimit;
    start();
}

void AnalysisController::setFilter(const CohortFilter &filter)
{
    m_filter = filter;
    start();
}

bool AnalysisController::isRunning() const
{
    return m_watcher->isRunning() || m_pending;
}

// One run at a time: a filter that changes during a run is computed right after it, and
// only the newest result is delivered.
void AnalysisController::start()
{
    ++m_generation;
    if (m_path.isEmpty())
        return;
    if (m_watcher->isRunning()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    Q_EMIT busyChanged(true);
    m_watcher->setFuture(QtConcurrent::run(&AnalysisController::compute,
                                           m_path,
                                           m_filter,
                                           m_survival,
                                           m_comparison,
                                           m_generation,
                                           m_table,
                                           m_resident));
}

void AnalysisController::finished()
{
    const CohortSnapshot snapshot = m_watcher->result();
    if (m_pending) {
        --m_generation; // start() counts again
        start();
        return;
    }
    Q_EMIT busyChanged(false);
    if (snapshot.generation != m_generation)
        return; // stale
    m_delivered = snapshot.generation;
    Q_EMIT resultsReady(snapshot);
}

void AnalysisController::waitForResults()
{
    if (m_path.isEmpty())
        return;
    QEventLoop loop;
    const auto connection = connect(this,
                                    &AnalysisController::resultsReady,
                                    &loop,
                                    &QEventLoop::quit);
    if (m_delivered != m_generation || isRunning())
        loop.exec();
    disconnect(connection);
}

CohortSnapshot AnalysisController::compute(const QString &path,
                                           const CohortFilter &filter,
                                           const SurvivalRequest &survival,
                                           const ComparisonRequest &comparison,
                                           quint64 generation,
                                           Table table,
                                           std::shared_ptr<ResidentColumns> resident)
{
    CohortSnapshot snapshot;
    snapshot.generation = generation;
    snapshot.filter = filter;
    RegistryStore store;
    if (!store.open(path, RegistryStore::Access::ReadOnly)) {
        snapshot.error = store.errorString();
        return snapshot;
    }
    const bool withChoices = resident != nullptr;
    store.setResidentColumns(std::move(resident));
    snapshot.total = store.patientCount();
    // Every column is read once, in one pass over the patients: the survival and comparison
    // analyses take theirs from the store's cache instead of reading and converting them
    // again (a column they need that was not read is read then, and cached too).
    QStringList names;
    const bool native = store.layout() == RegistryStore::Layout::Native;
    for (const RegistryColumn &c : store.columns()) {
        // Without the table, every native column but the identifiers and dates, which only
        // the table shows and which cost a string per patient.
        using F = NativeSchema::Field;
        const auto field = NativeSchema::fieldByName(c.name);
        const bool tableOnly = !field || *field == F::PatientId || *field == F::OperationDate
                               || *field == F::LastFollowupDate;
        if (table == Table::AllColumns || (native && !tableOnly))
            names << c.name;
    }
    if (native && withChoices) {
        using F = NativeSchema::Field;
        const QStringList columns{NativeSchema::name(F::Arm),
                                  NativeSchema::name(F::PrimarySite),
                                  NativeSchema::name(F::Age),
                                  NativeSchema::name(F::FollowupMonths)};
        if (const auto all = store.loadColumns(columns, CohortFilter()))
            snapshot.choices = FilterChoices{all->values.at(0).distinct(),
                                             all->values.at(1).distinct(),
                                             all->values.at(2).maximum(),
                                             all->values.at(3).maximum()};
    }
    if (auto patients = store.loadColumns(names, filter)) {
        store.cacheColumns(filter, *patients);
        if (table == Table::RowNumbers) {
            patients->names.clear();
            patients->kinds.clear();
            patients->values.clear();
        }
        snapshot.patients = std::move(*patients);
    } else {
        snapshot.error = store.errorString();
    }

    // The survival analysis by group on this thread; the overall curve and the comparison
    // table on another core at the same time, through a second connection that shares the
    // columns just read.
    const std::optional<CohortColumns> shared = store.loadColumns(names, filter);
    SurvivalRequest everyone = survival;
    everyone.group = QLatin1String(SurvivalAnalysis::NoGroup);
    everyone.covariates.clear();
    std::optional<std::variant<SurvivalResult, AnalysisError>> overall;
    std::optional<std::variant<ComparisonResult, AnalysisError>> compared;
    QFuture<void> side = QtConcurrent::run([&] {
        RegistryStore other;
        if (!other.open(store.path(), RegistryStore::Access::ReadOnly)) {
            compared = AnalysisError{AnalysisError::Kind::Data, other.errorString()};
            return;
        }
        other.setResidentColumns(store.residentColumns());
        if (shared)
            other.cacheColumns(filter, *shared);
        overall = SurvivalAnalysis::run(other, filter, everyone);
        compared = ComparisonAnalysis::run(other, filter, comparison);
    });
    const auto s = SurvivalAnalysis::run(store, filter, survival);
    side.waitForFinished();

    if (const auto *result = std::get_if<SurvivalResult>(&s))
        snapshot.survival = *result;
    else
        snapshot.error = std::get<AnalysisError>(s).message;
    if (snapshot.survival && snapshot.survival->groups.size() > 1) {
        if (const auto *result = overall ? std::get_if<SurvivalResult>(&*overall) : nullptr)
            snapshot.overallSurvival = *result;
    } else if (snapshot.survival) {
        snapshot.overallSurvival = snapshot.survival;
    }
    if (const auto *result = compared ? std::get_if<ComparisonResult>(&*compared) : nullptr)
        snapshot.comparison = *result;
    else if (compared && snapshot.error.isEmpty())
        snapshot.error = std::get<AnalysisError>(*compared).message;
    return snapshot;
}

} // namespace CohortLens
