// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What poppler-utils (pdftotext, pdfinfo, pdffonts) and ImageMagick say about an exported
// file, as a reader's tools see it. scripts/setup.sh installs them; a test that needs one
// skips when it is missing.

#include <QProcess>
#include <QRegularExpression>
#include <QSizeF>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace CohortLens::Test {

inline bool hasTool(const QString &name)
{
    return !QStandardPaths::findExecutable(name).isEmpty();
}

// The tool's standard output (UTF-8), or a null string when it did not run or failed.
inline QString runTool(const QString &name, const QStringList &arguments)
{
    QProcess process;
    process.start(name, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of a PDF (all pages, or one), with the lines laid out as on the page.
inline QString pdfText(const QString &path, int page = 0)
{
    QStringList arguments{QStringLiteral("-layout"),
                          QStringLiteral("-enc"),
                          QStringLiteral("UTF-8")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    arguments << path << QStringLiteral("-");
    return runTool(QStringLiteral("pdftotext"), arguments);
}

// The same text with every run of white space made one space: for phrases that a figure
// may have wrapped or spaced out.
inline QString pdfWords(const QString &path, int page = 0)
{
    return pdfText(path, page).simplified();
}

inline int pdfPages(const QString &path)
{
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)"),
                                          QRegularExpression::MultilineOption);
    const auto match = pages.match(runTool(QStringLiteral("pdfinfo"), {path}));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// The first page's size in points, as pdfinfo reports it ("Page size: 595 x 842 pts (A4)").
inline QSizeF pdfPageSize(const QString &path)
{
    static const QRegularExpression size(QStringLiteral("^Page size:\\s+([\\d.]+) x ([\\d.]+) pts"),
                                         QRegularExpression::MultilineOption);
    const auto match = size.match(runTool(QStringLiteral("pdfinfo"), {path}));
    return match.hasMatch() ? QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble())
                            : QSizeF();
}

// The fonts of a PDF that are not embedded (pdffonts' "emb" column); empty when all are.
inline QStringList pdfFontsNotEmbedded(const QString &path)
{
    const QStringList lines = runTool(QStringLiteral("pdffonts"), {path}).split(u'\n');
    QStringList missing;
    for (const QString &line : lines.mid(2)) {
        const QStringList columns = line.simplified().split(u' ');
        // name type [type…] encoding emb sub uni object ID
        if (columns.size() >= 6 && columns.at(columns.size() - 5) != u"yes")
            missing << columns.constFirst();
    }
    return missing;
}

} // namespace CohortLens::Test
