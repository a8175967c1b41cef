// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QVariant>

#include <optional>

namespace CohortLens {

// Decides whether a cell of the event column records the event (SPEC §4 --event-value):
// values match as text after trimming, case-insensitively, and as numbers when both
// sides are numbers ("2" matches "2.0").
class EventMatcher
{
public:
    // No values: the default set 1/yes/true/dead, with 0/no/false/alive as censorings and
    // anything else invalid. Given values: those are events, any other value a censoring.
    explicit EventMatcher(QStringList eventValues = {});

    // true: event; false: censored; empty: not a usable value (an empty cell, or with the
    // default set a value that is neither an event nor a censoring).
    [[nodiscard]] std::optional<bool> isEvent(const QVariant &cell) const;

    [[nodiscard]] bool usesDefaults() const { return m_defaults; }
    [[nodiscard]] QStringList eventValues() const { return m_events; }
    [[nodiscard]] QStringList censoringValues() const { return m_censorings; }

private:
    static bool matches(const QString &cell, const QString &value);

    QStringList m_events;
    QStringList m_censorings; // only with the default set
    bool m_defaults = false;
};

} // namespace CohortLens
