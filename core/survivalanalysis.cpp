// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "survivalanalysis.h"

#include "cellmemo.h"
#include "eventmatcher.h"
#include "nativeschema.h"
#include "registrystore.h"
#include "values.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <map>

namespace CohortLens {

namespace {

using F = NativeSchema::Field;

// The text of a cell as groups and levels show it.
QString cellText(const QVariant &cell)
{
    if (!cell.isValid())
        return {};
    if (cell.typeId() == QMetaType::Double)
        return Values::numberText(cell.toDouble());
    return cell.toString().trimmed();
}

std::optional<double> cellNumber(const QVariant &cell, RegistryColumn::Kind kind)
{
    if (!cell.isValid())
        return std::nullopt;
    if (cell.typeId() == QMetaType::Double)
        return cell.toDouble();
    // Native booleans count as 0/1 (SPEC §3), so yes/no and 1/0 give the same model.
    if (kind == RegistryColumn::Kind::Boolean) {
        if (const auto b = Values::parseBoolean(cell.toString()))
            return *b ? 1.0 : 0.0;
        return std::nullopt;
    }
    return Values::parseNumber(cell.toString());
}

struct Analysed
{
    qint64 row;
    Stats::SurvivalObservation observation;
    std::size_t group;
    qsizetype index; // into the loaded columns
};

// The design matrix of the Cox model: group indicators against the reference, then each
// covariate as one continuous term or as indicators against its first level.
struct Design
{
    QStringList names;
    std::vector<std::vector<double>> columns;
};

} // namespace

bool SurvivalAnalysis::byteLess(const QString &a, const QString &b)
{
    return a.toUtf8() < b.toUtf8();
}

std::variant<SurvivalResult, AnalysisError> SurvivalAnalysis::run(RegistryStore &store,
                                                                  const CohortFilter &filter,
                                                                  const SurvivalRequest &request)
{
    const bool native = store.layout() == RegistryStore::Layout::Native;
    auto usage = [](const QString &message) {
        return AnalysisError{AnalysisError::Kind::Usage, message};
    };

    SurvivalResult result;
    result.confType = request.confType;
    result.confLevel = request.confLevel;
    result.time = request.time.isEmpty() && native ? NativeSchema::name(F::FollowupMonths)
                                                   : request.time;
    result.event = request.event.isEmpty() && native ? NativeSchema::name(F::Status)
                                                     : request.event;
    if (result.time.isEmpty() || result.event.isEmpty())
        return usage(tr("this file is not in the native registry format, so name the columns "
                        "to analyse: --time COLUMN --event COLUMN [--event-value VALUE] "
                        "[--group COLUMN]; the columns are %1")
                         .arg(RegistryStore::columnList(store.columns())));
    const bool noGroup = request.group.compare(QLatin1String(NoGroup), Qt::CaseInsensitive) == 0
                         || (request.group.isEmpty() && !native);
    if (!noGroup)
        result.group = request.group.isEmpty() ? NativeSchema::name(F::Arm) : request.group;

    QStringList names{result.time, result.event};
    if (!noGroup)
        names << result.group;
    names << request.covariates;
    const auto loaded = store.loadColumns(names, filter);
    if (!loaded)
        return usage(store.errorString());
    // The registry's own spelling of the names.
    result.time = loaded->names.at(0);
    result.event = loaded->names.at(1);
    if (!noGroup)
        result.group = loaded->names.at(2);
    const qsizetype firstCovariate = noGroup ? 2 : 3;

    // Time, event and group of every patient; rows without a usable one are excluded.
    const EventMatcher matcher(request.eventValues);
    const CohortColumn &times = loaded->values.at(0);
    const CohortColumn &events = loaded->values.at(1);
    std::map<QByteArray, int> groupIds; // UTF-8 name (byte order): the order first seen
    std::vector<int> groupOfRow(std::size_t(loaded->rows.size()), -1);
    QList<std::optional<Stats::SurvivalObservation>> observations(loaded->rows.size());
    CellMemo<std::optional<bool>> eventOf;
    CellMemo<QByteArray> groupOf;
    const QByteArray everyone("all");
    for (qsizetype i = 0; i < loaded->rows.size(); ++i) {
        QStringList reasons;
        std::optional<double> time;
        if (times.isNull(i)) {
            reasons << tr("%1 is empty").arg(result.time);
        } else {
            time = times.isNumber(i) ? times.number(i)
                                     : cellNumber(times.at(i), loaded->kinds.at(0));
            if (!time)
                reasons << tr("%1 \"%2\" is not a number").arg(result.time, cellText(times.at(i)));
            else if (*time < 0)
                reasons << tr("%1 %2 is negative").arg(result.time, cellText(times.at(i)));
        }
        const std::optional<bool> event = eventOf(events, i, [&](const QVariant &cell) {
            return matcher.isEvent(cell);
        });
        if (!event) {
            if (events.isNull(i))
                reasons << tr("%1 is empty").arg(result.event);
            else
                reasons << tr("%1 \"%2\" is neither an event (%3) nor a censoring (%4); name the "
                              "event with --event-value")
                               .arg(result.event,
                                    cellText(events.at(i)),
                                    matcher.eventValues().join(u'/'),
                                    matcher.censoringValues().join(u'/'));
        }
        QByteArray group = everyone;
        if (!noGroup) {
            group = groupOf(loaded->values.at(2), i, [](const QVariant &cell) {
                return cellText(cell).toUtf8();
            });
            if (group.isEmpty())
                reasons << tr("%1 is empty").arg(result.group);
        }
        if (!reasons.isEmpty()) {
            result.excluded.append({loaded->rows.at(i), reasons.join(QStringLiteral("; "))});
            continue;
        }
        observations[i] = Stats::SurvivalObservation{*time, *event};
        groupOfRow[std::size_t(i)] = groupIds.try_emplace(group, int(groupIds.size())).first->second;
    }

    // The analysed patients in time order, ties in data order, sorted once for every
    // estimator below (each sorts only what is not in order): Cox's stable sort by time
    // would give this order too, so its fit is the same as from data order.
    std::vector<std::pair<double, qsizetype>> byTime;
    for (qsizetype i = 0; i < observations.size(); ++i) {
        if (observations.at(i))
            byTime.emplace_back(observations.at(i)->time, i);
    }
    std::sort(byTime.begin(), byTime.end());
    std::vector<qsizetype> order;
    order.reserve(byTime.size());
    for (const auto &entry : byTime)
        order.push_back(entry.second);

    // Near-equal times are one time, across all groups, as R's survfit/survdiff/coxph
    // timefix does before splitting by group. Merging keeps the order.
    {
        std::vector<double> sortedTimes;
        sortedTimes.reserve(byTime.size());
        for (const auto &entry : byTime)
            sortedTimes.push_back(entry.first);
        const std::vector<double> merged = Stats::mergeNearTies(std::move(sortedTimes));
        for (std::size_t k = 0; k < order.size(); ++k)
            observations[order[k]]->time = merged[k];
        // Times merged into one keep data order among themselves.
        for (std::size_t first = 0; first < order.size();) {
            std::size_t last = first + 1;
            while (last < order.size() && merged[last] == merged[first])
                ++last;
            std::sort(order.begin() + std::ptrdiff_t(first), order.begin() + std::ptrdiff_t(last));
            first = last;
        }
    }

    // At-times and horizon: months 12, 36, 60 for the native schema, none otherwise.
    result.at = request.at.value_or(native && request.time.isEmpty() ? QList<double>{12, 36, 60}
                                                                     : QList<double>{});
    result.tau = request.tau;
    if (!result.tau && !result.at.isEmpty())
        result.tau = *std::max_element(result.at.cbegin(), result.at.cend());
    result.quantilesRequested = !request.quantiles.isEmpty();

    std::vector<std::size_t> rank(groupIds.size()); // group id → position by name
    {
        std::size_t r = 0;
        for (const auto &entry : groupIds)
            rank[std::size_t(entry.second)] = r++;
    }
    std::vector<Analysed> analysed;
    analysed.reserve(order.size());
    std::vector<std::vector<Stats::SurvivalObservation>> groupObservations(groupIds.size());
    for (const qsizetype i : order) {
        const std::size_t g = rank[std::size_t(groupOfRow[std::size_t(i)])];
        groupObservations[g].push_back(*observations.at(i));
        analysed.push_back({loaded->rows.at(i), *observations.at(i), g, i});
    }
    for (const auto &entry : groupIds) {
        GroupSurvival g;
        g.name = QString::fromUtf8(entry.first);
        const std::vector<Stats::SurvivalObservation> &obs
            = groupObservations[std::size_t(result.groups.size())];
        g.curve = Stats::kaplanMeier(obs, request.confType, request.confLevel);
        g.median = Stats::survivalQuantile(g.curve, 0.5);
        for (const double p : request.quantiles)
            g.quantiles.push_back(Stats::survivalQuantile(g.curve, p));
        for (const double t : std::as_const(result.at))
            g.at.push_back(Stats::survivalAt(g.curve, t));
        if (result.tau)
            g.rmst = Stats::restrictedMean(g.curve, *result.tau);
        g.medianFollowUp = Stats::medianFollowUp(obs, request.confType, request.confLevel);
        result.n += obs.size();
        result.groups.append(std::move(g));
    }

    QStringList groupNames;
    for (const GroupSurvival &g : std::as_const(result.groups))
        groupNames << g.name;
    if (!request.reference.isEmpty() && !noGroup && !groupNames.contains(request.reference))
        return usage(tr("--reference %1: %2 has no such level; its levels are %3")
                         .arg(request.reference, result.group, groupNames.join(u", ")));

    if (result.groups.size() >= 2) {
        std::vector<Stats::GroupedObservation> grouped;
        for (const Analysed &a : analysed)
            grouped.push_back({a.observation.time, a.observation.event, a.group});
        const auto k = std::size_t(result.groups.size());
        result.logRank = Stats::survivalTest(grouped, k, Stats::SurvivalTestWeights::LogRank);
        result.petoPeto = Stats::survivalTest(grouped, k, Stats::SurvivalTestWeights::PetoPeto);
        result.gehanBreslowWilcoxon
            = Stats::survivalTest(grouped, k, Stats::SurvivalTestWeights::GehanBreslowWilcoxon);
        if (request.trend) {
            std::vector<double> scores(k);
            for (std::size_t g = 0; g < k; ++g)
                scores[g] = double(g + 1);
            result.trend = Stats::logRankTrend(grouped, scores);
        }
    }

    const bool groupTerm = result.groups.size() >= 2;
    if (!groupTerm && request.covariates.isEmpty())
        return result;

    CoxResult cox;
    cox.ties = request.ties;
    std::size_t reference = 0;
    if (groupTerm) {
        QString name = request.reference;
        if (name.isEmpty() && native && result.group == NativeSchema::name(F::Arm)
            && groupNames.contains(Values::armText(Arm::Medical)))
            name = Values::armText(Arm::Medical);
        reference = name.isEmpty() ? 0 : std::size_t(groupNames.indexOf(name));
        cox.reference = groupNames.at(qsizetype(reference));
    }

    // Complete cases of the covariates.
    std::vector<const Analysed *> complete;
    for (const Analysed &a : analysed) {
        bool ok = true;
        for (qsizetype c = firstCovariate; c < loaded->values.size() && ok; ++c)
            ok = !cellText(loaded->values.at(c).at(a.index)).isEmpty();
        if (ok)
            complete.push_back(&a);
    }
    cox.dropped = analysed.size() - complete.size();

    Design design;
    if (groupTerm) {
        for (std::size_t g = 0; g < std::size_t(result.groups.size()); ++g) {
            if (g == reference)
                continue;
            design.names << groupNames.at(qsizetype(g));
            std::vector<double> column;
            for (const Analysed *a : complete)
                column.push_back(a->group == g ? 1 : 0);
            design.columns.push_back(std::move(column));
        }
    }
    for (qsizetype c = firstCovariate; c < loaded->values.size(); ++c) {
        const QString name = loaded->names.at(c);
        const CohortColumn &values = loaded->values.at(c);
        const RegistryColumn::Kind kind = loaded->kinds.at(c);
        const bool numeric = std::all_of(complete.cbegin(), complete.cend(), [&](const Analysed *a) {
            return cellNumber(values.at(a->index), kind).has_value();
        });
        if (numeric) {
            design.names << name;
            std::vector<double> column;
            for (const Analysed *a : complete)
                column.push_back(*cellNumber(values.at(a->index), kind));
            design.columns.push_back(std::move(column));
            continue;
        }
        QStringList levels;
        for (const Analysed *a : complete) {
            const QString level = cellText(values.at(a->index));
            if (!levels.contains(level))
                levels << level;
        }
        std::sort(levels.begin(), levels.end(), &SurvivalAnalysis::byteLess);
        for (qsizetype l = 1; l < levels.size(); ++l) {
            design.names << name + u'=' + levels.at(l);
            std::vector<double> column;
            for (const Analysed *a : complete)
                column.push_back(cellText(values.at(a->index)) == levels.at(l) ? 1 : 0);
            design.columns.push_back(std::move(column));
        }
    }

    std::vector<Stats::SurvivalObservation> outcomes;
    for (const Analysed *a : complete)
        outcomes.push_back(a->observation);
    Eigen::MatrixXd x(Eigen::Index(complete.size()), Eigen::Index(design.columns.size()));
    for (std::size_t c = 0; c < design.columns.size(); ++c) {
        for (std::size_t r = 0; r < complete.size(); ++r)
            x(Eigen::Index(r), Eigen::Index(c)) = design.columns[c][r];
    }
    Stats::CoxOptions options;
    options.ties = request.ties;
    options.confLevel = request.confLevel;
    cox.fit = Stats::coxFit(outcomes, x, options);
    cox.termNames = design.names;
    result.cox = std::move(cox);
    return result;
}

} // namespace CohortLens
