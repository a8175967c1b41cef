// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstyle.h"

#include <QGuiApplication>

#include <array>

namespace CohortLens {

namespace {
// Okabe-Ito: blue, vermillion, bluish green, orange, reddish purple, sky blue, yellow,
// black. Blue and vermillion first: they differ in hue and in lightness.
constexpr std::array<QRgb, 8>
    okabeIto{0x0072B2, 0xD55E00, 0x009E73, 0xE69F00, 0xCC79A7, 0x56B4E9, 0xF0E442, 0x000000};

QFont baseFont(qreal scale, bool bold = false)
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    return font;
}
} // namespace

QColor ChartStyle::groupColor(int index)
{
    return QColor::fromRgb(okabeIto[std::size_t(index) % okabeIto.size()]);
}

QColor ChartStyle::bandColor(int index)
{
    QColor color = groupColor(index);
    color.setAlphaF(0.18);
    return color;
}

QFont ChartStyle::titleFont()
{
    return baseFont(1.25, true);
}

QFont ChartStyle::subtitleFont()
{
    return baseFont(0.95);
}

QFont ChartStyle::labelFont()
{
    return baseFont(1.0);
}

QFont ChartStyle::tableFont()
{
    return baseFont(0.95);
}

} // namespace CohortLens
