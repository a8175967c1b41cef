// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cohortcolumns.h"
#include "cohortfilter.h"
#include "comparisonanalysis.h"
#include "residentcolumns.h"
#include "survivalanalysis.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>

namespace CohortLens {

// What the filter dock offers for a registry: its arms and primary sites, and the ranges of
// age and follow-up.
struct FilterChoices
{
    QStringList arms;
    QStringList sites;
    double maxAge = 0;
    double maxFollowUp = 0;
    friend bool operator==(const FilterChoices &, const FilterChoices &) = default;
};

// Everything the window shows for one filter: the patients' rows and the statistics.
struct CohortSnapshot
{
    quint64 generation = 0;
    CohortFilter filter;
    CohortColumns patients; // with AnalysisController::Table::RowNumbers, rows and ids only
    qint64 total = 0;       // patients in the registry
    std::optional<SurvivalResult> survival;
    std::optional<SurvivalResult> overallSurvival; // everyone as one group
    std::optional<ComparisonResult> comparison;
    QString error; // why the statistics could not be computed, if so
    // Of a native registry, computed with resident columns (the window's), where they cost
    // a pass over codes already in memory.
    std::optional<FilterChoices> choices;
};

// Runs the queries and statistics for the active filter off the GUI thread
// (QtConcurrent), each run on its own connection to the registry. A newer filter makes
// the results of older runs stale: they are dropped, never shown.
class AnalysisController final : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisController(QObject *parent = nullptr);
    ~AnalysisController() override;

    // The registry to analyse (a file, or the URI of an in-memory registry) and what to
    // compute on it. Starts a run with the current filter.
    void setRegistry(const QString &path,
                     const SurvivalRequest &survival,
                     const ComparisonRequest &comparison);
    void setFilter(const CohortFilter &filter);
    [[nodiscard]] const CohortFilter &filter() const { return m_filter; }

    [[nodiscard]] bool isRunning() const;
    // Blocks until the latest run has been delivered (for tests and exports).
    void waitForResults();

    static constexpr qint64 ExactTestLimit = 20000;

    // What a snapshot holds of the patient table: every value of every column (for a
    // PatientTableModel that shows them from memory), or only the patients' row numbers
    // (for a windowed PatientTableModel, which reads its rows from the registry itself;
    // the statistics then read only their own columns). Takes effect with the next run.
    enum class Table { AllColumns, RowNumbers };
    void setTable(Table table) { m_table = table; }
    [[nodiscard]] Table table() const { return m_table; }

    // Computes a snapshot on the calling thread. Every column is read once, however many
    // analyses use it; with `resident`, once for every filter change on the same registry.
    [[nodiscard]] static CohortSnapshot compute(const QString &path,
                                                const CohortFilter &filter,
                                                const SurvivalRequest &survival,
                                                const ComparisonRequest &comparison,
                                                quint64 generation,
                                                Table table = Table::AllColumns,
                                                std::shared_ptr<ResidentColumns> resident = {});

Q_SIGNALS:
    void resultsReady(const CohortLens::CohortSnapshot &snapshot);
    void busyChanged(bool busy);

private:
    void start();
    void finished();

    QString m_path;
    SurvivalRequest m_survival;
    ComparisonRequest m_comparison;
    CohortFilter m_filter;
    quint64 m_generation = 0;
    quint64 m_delivered = 0;
    QFutureWatcher<CohortSnapshot> *m_watcher = nullptr;
    bool m_pending = false;
    Table m_table = Table::AllColumns;
    // The registry's columns, kept between runs so that a filter change reads none.
    std::shared_ptr<ResidentColumns> m_resident;
};

} // namespace CohortLens

Q_DECLARE_METATYPE(CohortLens::CohortSnapshot)
