# SPDX-FileCopyrightText: 2026 CohortLens contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Reference values for the Kaplan-Meier estimator and the k-sample tests, computed by R
# survival on the fixtures in tests/data/r (made by datasets.R), written to
# tests/data/r/reference/survival.json. Run from the repository root:
#   Rscript tests/stats/reference/survival.R
# Needs r-base-core, r-cran-survival and r-cran-jsonlite.
suppressPackageStartupMessages({
    library(survival)
    library(jsonlite)
})

fixture <- function(name) read.csv(file.path("tests", "data", "r", paste0(name, ".csv")),
                                   stringsAsFactors = FALSE)
finite <- function(x) ifelse(is.finite(x), x, NA)

# The analyses: data set, time column, event column and the value meaning "event",
# group column, chosen times (one beyond the last observation), RMST horizon.
cases <- list(
    list(data = "lung", time = "time", event = "status", value = 2, group = "sex",
         at = c(0, 180, 365, 730, 1100), tau = 730),
    list(data = "veteran", time = "time", event = "status", value = 1, group = "trt",
         at = c(30, 90, 365, 1000), tau = 365),
    list(data = "aml", time = "time", event = "status", value = 1, group = "x",
         at = c(12, 24, 60, 200), tau = 48),
    list(data = "ovarian", time = "futime", event = "fustat", value = 1, group = "rx",
         at = c(365, 730, 1300), tau = 1000),
    list(data = "colon", time = "time", event = "status", value = 1, group = "rx",
         at = c(365, 1826, 3000, 4000), tau = 1826),
    list(data = "pbc", time = "time", event = "status", value = 2, group = "trt",
         at = c(1000, 2000, 4000, 5000), tau = 3650)
)

# One group's (or everyone's) curve under one interval type and level.
curve <- function(time, event, conf.type, conf.int, at, tau) {
    fit <- survfit(Surv(time, event) ~ 1, conf.type = conf.type, conf.int = conf.int)
    q <- quantile(fit, probs = c(0.25, 0.5, 0.75))
    s <- summary(fit, times = at[at <= max(time)], extend = TRUE)
    rev <- survfit(Surv(time, 1 - event) ~ 1, conf.type = conf.type, conf.int = conf.int)
    rq <- quantile(rev, probs = 0.5)
    rmean <- summary(fit, rmean = tau)$table
    list(
        n = length(time), events = sum(event),
        table = list(time = fit$time, n_risk = fit$n.risk, n_event = fit$n.event,
                     n_censor = fit$n.censor, surv = fit$surv,
                     se = finite(fit$surv * fit$std.err),
                     lower = finite(fit$lower), upper = finite(fit$upper)),
        quantiles = list(p = c(0.25, 0.5, 0.75), time = unname(q$quantile),
                         lower = unname(q$lower), upper = unname(q$upper)),
        at = list(time = s$time, n_risk = s$n.risk, surv = s$surv,
                  se = finite(s$std.err), lower = finite(s$lower), upper = finite(s$upper)),
        rmst = list(tau = tau, estimate = unname(rmean["rmean"]),
                    se = unname(rmean["se(rmean)"])),
        median_followup = list(time = unname(rq$quantile), lower = unname(rq$lower),
                               upper = unname(rq$upper))
    )
}

# Gehan-Breslow-Wilcoxon is not in survival: the weighted log-rank statistic written out
# from its definition (weights = number at risk), with survdiff's variance.
weighted_test <- function(time, event, group, weight) {
    levels <- sort(unique(group))
    k <- length(levels)
    obs <- exp <- numeric(k)
    v <- matrix(0, k, k)
    km <- 1
    for (t in sort(unique(time[event == 1]))) {
        at_risk <- sapply(levels, function(g) sum(time >= t & group == g))
        deaths <- sapply(levels, function(g) sum(time == t & event == 1 & group == g))
        n <- sum(at_risk)
        d <- sum(deaths)
        w <- switch(weight, n = n, km = km, one = 1)
        obs <- obs + w * deaths
        exp <- exp + w * d * at_risk / n
        if (n > 1) {
            kk <- w^2 * d * (n - d) / (n * (n - 1))
            v <- v + kk * (diag(at_risk, k) - outer(at_risk, at_risk) / n)
        }
        km <- km * (n - d) / n
    }
    keep <- exp > 0
    diff <- (obs - exp)[keep][-1]
    vv <- v[keep, keep][-1, -1, drop = FALSE]
    chisq <- sum(solve(vv, diff) * diff)
    df <- sum(keep) - 1
    list(chisq = chisq, df = df, p = pchisq(chisq, df, lower.tail = FALSE),
         observed = obs, expected = exp, variance = v)
}

survdiff_result <- function(time, event, group, rho) {
    s <- survdiff(Surv(time, event) ~ group, rho = rho)
    df <- sum(s$exp > 0) - 1
    list(chisq = s$chisq, df = df, p = pchisq(s$chisq, df, lower.tail = FALSE),
         observed = as.vector(s$obs), expected = as.vector(s$exp))
}

km <- list()
tests <- list()
for (case in cases) {
    d <- fixture(case$data)
    keep <- !is.na(d[[case$time]]) & !is.na(d[[case$event]]) & !is.na(d[[case$group]])
    d <- d[keep, ]
    time <- d[[case$time]]
    event <- as.integer(d[[case$event]] == case$value)
    group <- as.character(d[[case$group]])
    levels <- sort(unique(group), method = "radix") # byte order, as CohortLens sorts
    for (ct in list(c("log-log", 0.95), c("log", 0.95), c("plain", 0.95), c("log-log", 0.9),
                    c("plain", 0.8))) {
        conf.type <- ct[1]
        conf.int <- as.numeric(ct[2])
        groups <- list(c(list(name = "all"),
                         curve(time, event, conf.type, conf.int, case$at, case$tau)))
        for (g in levels) {
            w <- group == g
            groups[[length(groups) + 1]] <- c(list(name = g),
                curve(time[w], event[w], conf.type, conf.int, case$at, case$tau))
        }
        km[[length(km) + 1]] <- list(dataset = case$data, time = case$time,
            event = case$event, event_value = case$value, group = case$group,
            conf_type = conf.type, conf_level = conf.int, at = case$at, tau = case$tau,
            groups = groups)
    }
    g <- match(group, levels)
    tests[[length(tests) + 1]] <- list(
        dataset = case$data, time = case$time, event = case$event,
        event_value = case$value, group = case$group, levels = levels,
        logrank = survdiff_result(time, event, g, 0),
        peto_peto = survdiff_result(time, event, g, 1),
        gehan_breslow_wilcoxon = weighted_test(time, event, g, "n")[
            c("chisq", "df", "p", "observed", "expected")],
        # The trend test over the groups in their order, scores 1..k:
        # (s'(O - E))^2 / s'Vs with the log-rank O, E and V.
        trend = local({
            r <- weighted_test(time, event, g, "one")
            s <- seq_along(levels)
            chisq <- sum(s * (r$observed - r$expected))^2 / drop(t(s) %*% r$variance %*% s)
            list(scores = s, chisq = chisq, df = 1, p = pchisq(chisq, 1, lower.tail = FALSE))
        }))
}

out <- file.path("tests", "data", "r", "reference", "survival.json")
write_json(list(r_version = R.version.string,
                survival_version = as.character(packageVersion("survival")),
                km = km, tests = tests),
           out, digits = NA, auto_unbox = TRUE, na = "null", pretty = TRUE)
cat("Wrote", out, "\n")
