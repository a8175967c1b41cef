// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputoptions.h"

#include "console.h"
#include "exitcode.h"

#include <QDir>
#include <QFileInfo>

namespace CohortLens {

OutputOptions::OutputOptions(QCommandLineParser &parser,
                             const QString &valueName,
                             const QString &description)
    : m_parser(parser)
    , m_out(QStringLiteral("out"), description, valueName)
    , m_force(QStringLiteral("force"), tr("Replace --out when it exists."))
    , m_lang(QStringLiteral("lang"),
             tr("The language of the words and numbers written: en, de, fr or es (default: the "
                "system's)."),
             tr("CODE"))
{
    m_parser.addOption(m_out);
    m_parser.addOption(m_force);
    m_parser.addOption(m_lang);
}

QString OutputOptions::problem() const
{
    if (!m_parser.isSet(m_out) || path().isEmpty())
        return tr("--out FILE is required");
    if (m_parser.values(m_out).size() > 1)
        return tr("give --out once");
    const QString file = path();
    const QString folder = ExportFile::folderProblem(file);
    if (!folder.isEmpty())
        return tr("--out %1: %2").arg(QDir::toNativeSeparators(file), folder);
    if (QFileInfo::exists(file) && !force())
        return tr("--out %1 exists; give --force to replace it").arg(QDir::toNativeSeparators(file));
    return {};
}

int OutputOptions::failure(const QString &command, const ExportResult &result)
{
    Console::err() << (command.isEmpty() ? QStringLiteral("cohortlens: ")
                                         : QStringLiteral("cohortlens %1: ").arg(command))
                   << result.message << Qt::endl;
    return result.status == ExportResult::Status::CannotCreate ? ExitUsage : ExitFailure;
}

} // namespace CohortLens
