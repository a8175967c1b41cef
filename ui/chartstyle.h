// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>

namespace CohortLens {

// What every chart shares, on screen and in exports: the Okabe-Ito colour-blind-safe
// palette (Okabe & Ito 2008) and the figure fonts.
class ChartStyle
{
public:
    // Colour of the i-th group; the order keeps the first two distinct in greyscale too.
    [[nodiscard]] static QColor groupColor(int index);
    // The same colour, lighter, for confidence bands.
    [[nodiscard]] static QColor bandColor(int index);

    [[nodiscard]] static QFont titleFont();
    [[nodiscard]] static QFont subtitleFont();
    [[nodiscard]] static QFont labelFont();
    [[nodiscard]] static QFont tableFont();
};

} // namespace CohortLens
