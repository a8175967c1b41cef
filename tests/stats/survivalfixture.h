// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The survival analyses of tests/data/r/reference/survival.json: which data set, which
// columns, which value is the event.

#include "referencedata.h"
#include "survivaldata.h"

#include <map>
#include <vector>

namespace CohortLens::Test {

struct SurvivalCase
{
    // Observations per group name (byte order, as std::map sorts QString), and everyone.
    std::map<QString, std::vector<Stats::SurvivalObservation>> groups;
    std::vector<Stats::SurvivalObservation> all;
    std::vector<Stats::GroupedObservation> grouped; // group index in name order
};

// Rows with an empty time, event or group are left out, as R's na.omit does.
inline SurvivalCase survivalCase(const QJsonObject &reference)
{
    SurvivalCase c;
    const Dataset data = loadDataset(reference.value(QStringLiteral("dataset")).toString());
    const QString time = reference.value(QStringLiteral("time")).toString();
    const QString event = reference.value(QStringLiteral("event")).toString();
    const QString group = reference.value(QStringLiteral("group")).toString();
    const double eventValue = reference.value(QStringLiteral("event_value")).toDouble();
    for (qsizetype row = 0; row < data.rows.size(); ++row) {
        const auto t = data.number(row, time);
        const auto e = data.number(row, event);
        const QString g = data.text(row, group);
        if (!t || !e || g.isEmpty())
            continue;
        const Stats::SurvivalObservation o{*t, *e == eventValue};
        c.groups[g].push_back(o);
        c.all.push_back(o);
    }
    std::size_t index = 0;
    for (const auto &[name, observations] : c.groups) {
        for (const auto &o : observations)
            c.grouped.push_back({o.time, o.event, index});
        ++index;
    }
    return c;
}

} // namespace CohortLens::Test
