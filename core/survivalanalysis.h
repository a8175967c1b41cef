// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cohortfilter.h"
#include "coxmodel.h"
#include "kaplanmeier.h"
#include "survivaltests.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>
#include <vector>

namespace CohortLens {

class RegistryStore;

// What to analyse (the options of `cohortlens survival`, SPEC §4). Empty columns take the
// native schema's defaults.
struct SurvivalRequest
{
    QString time;            // default followup_months
    QString event;           // default status
    QStringList eventValues; // default 1/yes/true/dead
    QString group;           // default arm; "none": everyone as one group "all"
    Stats::ConfidenceType confType = Stats::ConfidenceType::LogLog;
    double confLevel = 0.95;
    std::optional<QList<double>> at; // default 12, 36, 60 for the native schema, else none
    std::optional<double> tau;       // default the largest --at time
    QList<double> quantiles;         // reported only when asked
    QString reference;               // default medical for the native arm, else the first
    Stats::CoxTies ties = Stats::CoxTies::Efron;
    QStringList covariates;
    bool trend = false; // log-rank test for trend over the groups in their order
};

// A data row left out of the analysis, and why.
struct ExcludedRow
{
    qint64 row = 0;
    QString reason;
};

struct GroupSurvival
{
    QString name;
    Stats::KaplanMeierCurve curve;
    Stats::QuantileEstimate median;
    std::vector<Stats::QuantileEstimate> quantiles;
    std::vector<Stats::SurvivalAtTime> at;
    std::optional<Stats::RestrictedMean> rmst;
    Stats::QuantileEstimate medianFollowUp;
};

struct CoxResult
{
    QString reference; // empty without a group term
    Stats::CoxTies ties = Stats::CoxTies::Efron;
    Stats::CoxFit fit;
    QStringList termNames;   // "cytoreduction", "age", "sex=M"
    std::size_t dropped = 0; // analysed rows left out for a missing covariate
};

struct SurvivalResult
{
    std::size_t n = 0;
    QList<ExcludedRow> excluded;
    QString time;
    QString event;
    QString group; // empty for --group none
    Stats::ConfidenceType confType = Stats::ConfidenceType::LogLog;
    double confLevel = 0.95;
    QList<double> at;
    std::optional<double> tau;
    bool quantilesRequested = false;
    QList<GroupSurvival> groups; // sorted by name, byte by byte
    std::optional<Stats::SurvivalTestResult> logRank;
    std::optional<Stats::SurvivalTestResult> petoPeto;
    std::optional<Stats::SurvivalTestResult> gehanBreslowWilcoxon;
    std::optional<Stats::SurvivalTestResult> trend;
    std::optional<CoxResult> cox;
};

// Why an analysis could not run: a usage error (an unknown column or level: exit 2) or a
// problem of the data (exit 3).
struct AnalysisError
{
    enum class Kind { Usage, Data };
    Kind kind = Kind::Usage;
    QString message;
};

// Kaplan-Meier per group, the group tests and the Cox model for the patients a filter
// selects, as SPEC §3 defines them. Reads the registry; computes with core/stats.
class SurvivalAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(CohortLens::SurvivalAnalysis)

public:
    [[nodiscard]] static std::variant<SurvivalResult, AnalysisError> run(
        RegistryStore &store, const CohortFilter &filter, const SurvivalRequest &request);

    static constexpr const char *NoGroup = "none";

    // "byte by byte" ordering of names (UTF-8), as SPEC §4 sorts groups and levels.
    [[nodiscard]] static bool byteLess(const QString &a, const QString &b);
};

} // namespace CohortLens
