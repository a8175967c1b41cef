// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventmatcher.h"

#include "values.h"

namespace CohortLens {

EventMatcher::EventMatcher(QStringList eventValues)
    : m_events(std::move(eventValues))
    , m_defaults(m_events.isEmpty())
{
    if (m_defaults) {
        m_events = {QStringLiteral("1"),
                    QStringLiteral("yes"),
                    QStringLiteral("true"),
                    QStringLiteral("dead")};
        m_censorings = {QStringLiteral("0"),
                        QStringLiteral("no"),
                        QStringLiteral("false"),
                        QStringLiteral("alive")};
    }
}

bool EventMatcher::matches(const QString &cell, const QString &value)
{
    const auto a = Values::parseNumber(cell);
    const auto b = Values::parseNumber(value);
    if (a && b)
        return *a == *b;
    return cell.trimmed().compare(value.trimmed(), Qt::CaseInsensitive) == 0;
}

std::optional<bool> EventMatcher::isEvent(const QVariant &cell) const
{
    if (!cell.isValid())
        return std::nullopt;
    const QString text = cell.typeId() == QMetaType::Double ? Values::numberText(cell.toDouble())
                                                            : cell.toString();
    if (text.trimmed().isEmpty())
        return std::nullopt;
    for (const QString &value : m_events) {
        if (matches(text, value))
            return true;
    }
    if (!m_defaults)
        return false;
    for (const QString &value : m_censorings) {
        if (matches(text, value))
            return false;
    }
    return std::nullopt;
}

} // namespace CohortLens
