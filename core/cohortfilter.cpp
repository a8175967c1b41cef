// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cohortfilter.h"

#include "nativeschema.h"
#include "numberformat.h"
#include "values.h"

#include <QLocale>

#include <array>
#include <cmath>
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

// A subtitle has room for a few named values, not for every site of a registry.
constexpr qsizetype maxListed = 3;
constexpr qsizetype maxTextLength = 24;

// Text the user typed or the file holds, made fit for one line of a subtitle: control
// characters visible, long text cut with an ellipsis.
QString shown(const QString &text)
{
    QString result = text;
    if (result.size() > maxTextLength) {
        result.truncate(maxTextLength - 1);
        if (result.back().isHighSurrogate()) // not half a character
            result.chop(1);
        result += u'\u2026';
    }
    for (QChar &c : result) {
        if (c.category() == QChar::Other_Control)
            c = QChar::ReplacementCharacter;
    }
    return result;
}

// "a", "a or b", "a, b or c".
QString orList(const QStringList &items)
{
    switch (items.size()) {
    case 0:
        return {};
    case 1:
        return items.front();
    case 2:
        return CohortFilter::tr("%1 or %2").arg(items.at(0), items.at(1));
    default:
        return CohortFilter::tr("%1, %2 or %3").arg(items.at(0), items.at(1), items.at(2));
    }
}

void appendDistinct(QStringList &list, const QString &item)
{
    if (!list.contains(item))
        list << item;
}

// A bound as people write it, in the locale: 40, 12.5 (12,5 in German); as many decimals
// as the value needs to read back the same.
QString boundText(double value, const QLocale &locale)
{
    const QString plain = Values::numberText(value);
    if (!std::isfinite(value) || plain.contains(u'e'))
        return locale.toString(value, 'g', QLocale::FloatingPointShortest);
    const qsizetype point = plain.indexOf(u'.');
    const int decimals = point < 0 ? 0 : int(plain.size() - point - 1);
    return NumberFormat(locale).number(value, decimals);
}

// A --where value: a number written plainly gets the locale's decimal separator; anything
// else ("007", "1e3", text) stays as written.
QString conditionValueText(const QString &value, const QLocale &locale)
{
    const QString trimmed = value.trimmed();
    if (const auto number = Values::parseNumber(trimmed)) {
        const qsizetype point = trimmed.indexOf(u'.');
        const int decimals = point < 0 ? 0 : int(trimmed.size() - point - 1);
        if (decimals <= 15 && NumberFormat(QLocale::c()).number(*number, decimals) == trimmed)
            return NumberFormat(locale).number(*number, decimals);
    }
    return shown(value);
}

QString conditionOperator(WhereCondition::Op op)
{
    switch (op) {
    case WhereCondition::Op::NotEqual:
        return QStringLiteral("\u2260");
    case WhereCondition::Op::LessEqual:
        return QStringLiteral("\u2264");
    case WhereCondition::Op::GreaterEqual:
        return QStringLiteral("\u2265");
    default:
        return WhereCondition::opText(op);
    }
}

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
    if (isEmpty())
        return tr("All patients");
    QStringList parts;
    if (presentation != Presentation::Any)
        parts << presentationName(presentation);

    if (!arms.isEmpty()) {
        QStringList names;
        for (const QString &text : arms) {
            const auto arm = Values::parseArm(text);
            appendDistinct(names,
                           !arm                         ? shown(text)
                           : *arm == Arm::Cytoreduction ? tr("cytoreduction")
                                                        : tr("medical"));
        }
        parts << (names.size() > maxListed ? tr("%n arms", nullptr, int(names.size()))
                                           : orList(names));
    }

    if (!sexes.isEmpty()) {
        QStringList names;
        for (const QString &text : sexes) {
            const auto sex = Values::parseSex(text);
            appendDistinct(names,
                           !sex                ? tr("sex %1").arg(shown(text))
                           : *sex == Sex::Male ? tr("men")
                                               : tr("women"));
        }
        parts << (names.size() > maxListed ? tr("%n sexes", nullptr, int(names.size()))
                                           : orList(names));
    }

    if (ageMin && ageMax && *ageMin == *ageMax)
        parts << tr("age %1").arg(boundText(*ageMin, locale));
    else if (ageMin && ageMax)
        parts << tr("age %1\u2013%2").arg(boundText(*ageMin, locale), boundText(*ageMax, locale));
    else if (ageMin)
        parts << tr("age \u2265 %1").arg(boundText(*ageMin, locale));
    else if (ageMax)
        parts << tr("age \u2264 %1").arg(boundText(*ageMax, locale));

    if (!primarySites.isEmpty()) {
        QStringList names;
        for (const QString &site : primarySites)
            appendDistinct(names, shown(site));
        parts << (names.size() > maxListed ? tr("%n primary sites", nullptr, int(names.size()))
                                           : orList(names));
    }

    if (followUpMin && followUpMax && *followUpMin == *followUpMax)
        parts << tr("follow-up %1 months").arg(boundText(*followUpMin, locale));
    else if (followUpMin && followUpMax)
        parts << tr("follow-up %1\u2013%2 months")
                     .arg(boundText(*followUpMin, locale), boundText(*followUpMax, locale));
    else if (followUpMin)
        parts << tr("follow-up \u2265 %1 months").arg(boundText(*followUpMin, locale));
    else if (followUpMax)
        parts << tr("follow-up \u2264 %1 months").arg(boundText(*followUpMax, locale));

    // The description goes into titles, reports and exports: it names no patient, so an ID
    // search or a condition on the ID column says only that there is one.
    if (!idSearch.isEmpty())
        parts << tr("selected by patient ID");

    if (conditions.size() > maxListed) {
        parts << tr("%n conditions", nullptr, int(conditions.size()));
    } else {
        for (const WhereCondition &c : conditions) {
            const bool identifier = c.column.trimmed().compare(NativeSchema::name(
                                                                   NativeSchema::Field::PatientId),
                                                               Qt::CaseInsensitive)
                                    == 0;
            parts << shown(c.column) + u' ' + conditionOperator(c.op) + u' '
                         + (identifier ? tr("(an ID)") : conditionValueText(c.value, locale));
        }
    }
    return parts.join(QStringLiteral(" \u00b7 "));
}

} // namespace CohortLens
