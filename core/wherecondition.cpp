// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wherecondition.h"

namespace CohortLens {

std::optional<WhereCondition> WhereCondition::parse(QStringView text, QString *error)
{
    auto setError = [error](const QString &message) {
        if (error)
            *error = message;
    };
    const qsizetype at = [text] {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (c == u'=' || c == u'!' || c == u'<' || c == u'>')
                return i;
        }
        return qsizetype(-1);
    }();
    if (at < 0) {
        setError(
            WhereCondition::tr("\"%1\" has no comparison; write COLUMN OP VALUE with OP one of "
                               "= != < <= > >=, e.g. \"age >= 60\"")
                .arg(text.toString()));
        return std::nullopt;
    }

    WhereCondition c;
    c.column = text.left(at).trimmed().toString();
    const QStringView rest = text.mid(at);
    qsizetype opLength = 2;
    if (rest.startsWith(u"<="))
        c.op = Op::LessEqual;
    else if (rest.startsWith(u">="))
        c.op = Op::GreaterEqual;
    else if (rest.startsWith(u"!="))
        c.op = Op::NotEqual;
    else if (rest.startsWith(u"<>"))
        c.op = Op::NotEqual;
    else if (rest.startsWith(u"=="))
        c.op = Op::Equal;
    else {
        opLength = 1;
        if (rest.startsWith(u'='))
            c.op = Op::Equal;
        else if (rest.startsWith(u'<'))
            c.op = Op::Less;
        else if (rest.startsWith(u'>'))
            c.op = Op::Greater;
        else {
            setError(
                WhereCondition::tr("\"%1\": \"!\" must be followed by \"=\"").arg(text.toString()));
            return std::nullopt;
        }
    }
    QStringView value = rest.mid(opLength).trimmed();
    // "age => 60" or "a = = b": a second operator is a typo, not part of the value.
    if (!value.isEmpty()
        && (value.front() == u'=' || value.front() == u'<' || value.front() == u'>'
            || value.front() == u'!')) {
        setError(
            WhereCondition::tr("\"%1\": write one operator of = != < <= > >=").arg(text.toString()));
        return std::nullopt;
    }
    if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'')
        && value.back() == value.front())
        value = value.mid(1, value.size() - 2);
    c.value = value.toString();

    if (c.column.isEmpty()) {
        setError(
            WhereCondition::tr("\"%1\" has no column before the operator").arg(text.toString()));
        return std::nullopt;
    }
    if (c.value.isEmpty()) {
        setError(WhereCondition::tr("\"%1\" has no value after the operator").arg(text.toString()));
        return std::nullopt;
    }
    return c;
}

QString WhereCondition::opText(Op op)
{
    switch (op) {
    case Op::Equal:
        return QStringLiteral("=");
    case Op::NotEqual:
        return QStringLiteral("!=");
    case Op::Less:
        return QStringLiteral("<");
    case Op::LessEqual:
        return QStringLiteral("<=");
    case Op::Greater:
        return QStringLiteral(">");
    case Op::GreaterEqual:
        return QStringLiteral(">=");
    }
    return {};
}

QString WhereCondition::toString() const
{
    // The value in quotes where parse() would otherwise read it differently: spaces at its
    // ends, an operator or a quote at its start.
    QString text = column + u' ' + opText(op) + u' ';
    const bool quote = !value.isEmpty()
                       && (value.front().isSpace() || value.back().isSpace()
                           || value.front() == u'=' || value.front() == u'<'
                           || value.front() == u'>' || value.front() == u'!'
                           || value.front() == u'"' || value.front() == u'\'');
    if (quote)
        text += u'"' + value + u'"';
    else
        text += value;
    return text;
}

} // namespace CohortLens
