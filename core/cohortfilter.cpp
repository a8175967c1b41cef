// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cohortfilter.h"

#include <QLocale>

#include <array>
#include <utility>

namespace CohortLens {

namespace {
constexpr std::array<std::pair<Presentation, const char16_t *>, 6> presentationKeys{{
    {Presentation::Any, u"any"},
    {Presentation::CarcinoidSyndrome, u"cs"},
    {Presentation::Obstruction, u"obstruction"},
    {Presentation::Both, u"both"},
    {Presentation::CarcinoidSyndromeOnly, u"cs-only"},
    {Presentation::ObstructionOnly, u"obstruction-only"},
}};
} // namespace

bool CohortFilter::isEmpty() const
{
    return presentation == Presentation::Any && arms.isEmpty() && sexes.isEmpty() && !ageMin
           && !ageMax && primarySites.isEmpty() && idSearch.isEmpty() && !followUpMin
           && !followUpMax && conditions.isEmpty();
}

std::optional<Presentation> CohortFilter::parsePresentation(QStringView key)
{
    for (const auto &[presentation, name] : presentationKeys) {
        if (key.trimmed().compare(QStringView(name), Qt::CaseInsensitive) == 0)
            return presentation;
    }
    return std::nullopt;
}

QString CohortFilter::presentationKey(Presentation presentation)
{
    for (const auto &[p, name] : presentationKeys) {
        if (p == presentation)
            return QString::fromUtf16(name);
    }
    return {};
}

QString CohortFilter::presentationName(Presentation presentation)
{
    switch (presentation) {
    case Presentation::Any:
        return tr("Any presentation");
    case Presentation::CarcinoidSyndrome:
        return tr("Carcinoid syndrome");
    case Presentation::Obstruction:
        return tr("Obstruction or ischaemia");
    case Presentation::Both:
        return tr("Carcinoid syndrome and obstruction");
    case Presentation::CarcinoidSyndromeOnly:
        return tr("Carcinoid syndrome without obstruction");
    case Presentation::ObstructionOnly:
        return tr("Obstruction without carcinoid syndrome");
    }
    return {};
}

QString CohortFilter::description(const QLocale &locale) const
{
    Q_UNUSED(locale)
    // Implemented with the window's filters.
    return isEmpty() ? tr("All patients") : presentationName(presentation);
}

} // namespace CohortLens
