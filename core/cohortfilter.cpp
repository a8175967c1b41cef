// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cohortfilter.h"

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

} // namespace CohortLens
