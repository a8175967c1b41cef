// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "survivalanalysis.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>

namespace CohortLens {

// The survival results as `cohortlens survival` prints them: the JSON of SPEC §4, the
// Kaplan-Meier tables as CSV, or a readable summary.
class SurvivalFormatter
{
    Q_DECLARE_TR_FUNCTIONS(CohortLens::SurvivalFormatter)

public:
    [[nodiscard]] static QByteArray json(const SurvivalResult &result);
    // One line per group and distinct time: group,time,n_risk,n_event,n_censor,surv,se,
    // lower,upper.
    [[nodiscard]] static QByteArray csv(const SurvivalResult &result);
    [[nodiscard]] static QString text(const SurvivalResult &result,
                                      const QLocale &locale = QLocale());

    [[nodiscard]] static QString confTypeKey(Stats::ConfidenceType type);
    [[nodiscard]] static QString tiesKey(Stats::CoxTies ties);
};

} // namespace CohortLens
