#!/usr/bin/env Rscript
# -----------------------------------------------------------------------------
# make-demo-registry.R -- generate the SYNTHETIC demo registry
#
# THIS DATA IS SYNTHETIC. No real patient is represented.
#
# The file reproduces only the *published aggregates* of a surgical series of
# 66 patients with metastatic gastrointestinal neuroendocrine (carcinoid)
# tumours presenting with carcinoid syndrome (CS) and/or intestinal
# obstruction, treated by hepatic cytoreduction (n = 30) or medical therapy
# (n = 36) (Surgery 2008;144:645-51). Individual patient data were never
# published, so every row here is invented.
#
# How the aggregates are met:
#   * Categorical counts (arm x presentation, CS improvement, relief of
#     obstruction, operated / not operated, regional resection, morbidity,
#     30-day mortality, sex, primary site) are fixed exactly by construction;
#     only *which* patient gets which profile is random (shuffled rows).
#   * Age, Clavien-Dindo grade and follow-up times are drawn at random;
#     follow-up is log-normal, rescaled and nudged by whole months so that
#     min = 6, max = 156 and sum = 3102 (mean 47.0) hold exactly.
#   * Deaths (4 cytoreduction, 9 medical) are drawn with a preference for
#     shorter follow-up. A deterministic search over seeds, starting at
#     20080645, keeps the first seed for which the Kaplan-Meier survival at
#     60 months lies in [0.735, 0.745) (published 74%), the cytoreduction
#     median is not reached and cytoreduction looks better than medical.
#   * Every constraint is re-checked with stopifnot() on the file as written.
#
# Usage (from the repository root):
#   Rscript scripts/make-demo-registry.R [output.csv]
# Default output: resources/demo/net-registry-synthetic.csv
# -----------------------------------------------------------------------------

suppressPackageStartupMessages(library(survival))

## ---- output path ------------------------------------------------------------
args <- commandArgs(trailingOnly = TRUE)
script_arg <- grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE)
repo_root <- if (length(script_arg) == 1) {
  dirname(dirname(normalizePath(sub("^--file=", "", script_arg))))
} else {
  getwd()
}
out_path <- if (length(args) >= 1 && nzchar(args[1])) args[1] else
  file.path(repo_root, "resources", "demo", "net-registry-synthetic.csv")

## ---- fixed targets -----------------------------------------------------------
N            <- 66L
FU_MIN       <- 6L
FU_MAX       <- 156L
FU_SUM       <- 3102L
DEATHS       <- c(cytoreduction = 4L, medical = 9L)
S60_RANGE    <- c(0.735, 0.745)
BASE_SEED    <- 20080645L
MAX_TRIES    <- 100000L

yn <- function(x) ifelse(is.na(x), NA_character_, ifelse(x, "yes", "no"))

## ---- one candidate registry for a given seed ----------------------------------
make_candidate <- function(seed) {
  set.seed(seed)

  ## Presentation by arm (exact): CS only / CS + obstruction / obstruction only
  arm  <- c(rep("cytoreduction", 30), rep("medical", 36))
  pres <- c(rep("cs", 20), rep("both", 8), rep("obs", 2),
            rep("cs", 22), rep("both", 6), rep("obs", 8))
  cs  <- pres %in% c("cs", "both")
  obs <- pres %in% c("obs", "both")

  ## CS improvement: 24/4 cytoreduction, 18/10 medical (random assignment)
  cs_improved <- rep(NA, N)
  for (a in names(DEATHS)) {
    idx <- which(arm == a & cs)
    n_yes <- if (a == "cytoreduction") 24 else 18
    cs_improved[idx] <- seq_along(idx) %in% sample(length(idx), n_yes)
  }

  ## Obstruction relieved in every obstructed patient
  obstruction_relieved <- ifelse(obs, TRUE, NA)

  ## Operations: two medical CS-only patients were never operated
  operated <- rep(TRUE, N)
  med_cs_only <- which(arm == "medical" & pres == "cs")
  operated[med_cs_only[sample(length(med_cs_only), 2)]] <- FALSE

  ## Regional (mesenteric) resection
  regional <- rep(NA, N)
  regional[arm == "medical"] <- operated[arm == "medical"]
  cyto_obs   <- which(arm == "cytoreduction" & obs)
  cyto_other <- which(arm == "cytoreduction" & !obs)
  regional[cyto_obs] <- TRUE
  regional[cyto_other] <- seq_along(cyto_other) %in%
    sample(length(cyto_other), round(2 / 3 * length(cyto_other)))

  ## Morbidity: 14 of 64 operated, no 30-day deaths
  complication <- rep(NA, N)
  op_idx <- which(operated)
  complication[op_idx] <- seq_along(op_idx) %in% sample(length(op_idx), 14)
  clavien <- rep(NA_integer_, N)
  clavien[op_idx] <- 0L
  comp_idx <- which(complication %in% TRUE)
  clavien[comp_idx] <- sample(1:3, length(comp_idx), replace = TRUE,
                              prob = c(0.45, 0.40, 0.15))
  died_30d <- ifelse(operated, FALSE, NA)

  ## Demographics (exact marginal counts, random allocation)
  age <- as.integer(pmin(80, pmax(35, round(rnorm(N, 57, 9.5)))))
  sex <- sample(c(rep("M", 36), rep("F", 30)))
  primary_site <- sample(c(rep("small_bowel", 50), rep("unknown", 8),
                           rep("appendix", 3), rep("colon", 3),
                           "stomach", "rectum"))

  ## Follow-up: right-skewed, then forced to min 6 / max 156 / sum 3102
  fu <- rlnorm(N, meanlog = log(34), sdlog = 0.75)
  fixed <- sample(N, 2)                     # one patient at 6, one at 156
  free  <- setdiff(seq_len(N), fixed)
  target_free <- FU_SUM - FU_MIN - FU_MAX
  fu[free] <- fu[free] * target_free / sum(fu[free])
  fu <- as.integer(pmin(FU_MAX, pmax(FU_MIN, round(fu))))
  fu[fixed] <- c(FU_MIN, FU_MAX)
  repeat {
    d <- target_free - sum(fu[free])
    if (d == 0) break
    room <- if (d > 0) free[fu[free] < FU_MAX] else free[fu[free] > FU_MIN]
    if (!length(room)) return(NULL)
    i <- room[sample.int(length(room), 1)]
    fu[i] <- fu[i] + sign(d)
  }

  ## Deaths: 4 cytoreduction, 9 medical, favouring shorter follow-up;
  ## the patient with the longest follow-up is alive.
  status <- integer(N)
  for (a in names(DEATHS)) {
    idx <- which(arm == a & fu < FU_MAX)
    w <- exp(-fu[idx] / 40)
    status[idx[sample.int(length(idx), DEATHS[[a]], prob = w)]] <- 1L
  }

  df <- data.frame(
    age = age, sex = sex, primary_site = primary_site,
    carcinoid_syndrome = yn(cs), obstruction = yn(obs), arm = arm,
    regional_resection = yn(regional), cs_improved = yn(cs_improved),
    obstruction_relieved = yn(obstruction_relieved),
    complication = yn(complication), clavien_dindo = clavien,
    died_30d = yn(died_30d), followup_months = fu, status = status,
    synthetic = "yes", stringsAsFactors = FALSE)

  ## Random order of profiles, then sequential IDs
  df <- df[sample(N), ]
  df <- cbind(patient_id = sprintf("SYN-%03d", seq_len(N)), df,
              stringsAsFactors = FALSE)
  rownames(df) <- NULL
  df
}

s_at <- function(fit, t) summary(fit, times = t, extend = TRUE)$surv

acceptable <- function(df) {
  if (is.null(df)) return(FALSE)
  s60 <- s_at(survfit(Surv(followup_months, status) ~ 1, data = df), 60)
  if (!(s60 >= S60_RANGE[1] && s60 < S60_RANGE[2])) return(FALSE)
  cy <- df[df$arm == "cytoreduction", ]
  md <- df[df$arm == "medical", ]
  f_cy <- survfit(Surv(followup_months, status) ~ 1, data = cy)
  f_md <- survfit(Surv(followup_months, status) ~ 1, data = md)
  min(f_cy$surv) > 0.5 &&                       # median not reached
    s_at(f_cy, 60) > s_at(f_md, 60) &&
    s_at(f_cy, 120) > s_at(f_md, 120)
}

## ---- deterministic seed search ------------------------------------------------
seed <- BASE_SEED
repeat {
  reg <- make_candidate(seed)
  if (acceptable(reg)) break
  seed <- seed + 1L
  if (seed - BASE_SEED > MAX_TRIES) stop("no acceptable seed found")
}

## ---- write ----------------------------------------------------------------------
dir.create(dirname(out_path), recursive = TRUE, showWarnings = FALSE)
con <- file(out_path, open = "wb", encoding = "UTF-8")
write.table(reg, con, sep = ",", row.names = FALSE, col.names = TRUE,
            quote = FALSE, na = "", eol = "\n")
close(con)

## ---- verify from the written file -------------------------------------------------
x <- read.csv(out_path, na.strings = "", stringsAsFactors = FALSE,
              colClasses = c(age = "integer", clavien_dindo = "integer",
                             followup_months = "integer", status = "integer"))

expected_cols <- c("patient_id", "age", "sex", "primary_site",
                   "carcinoid_syndrome", "obstruction", "arm",
                   "regional_resection", "cs_improved",
                   "obstruction_relieved", "complication", "clavien_dindo",
                   "died_30d", "followup_months", "status", "synthetic")
raw <- readBin(out_path, "raw", file.info(out_path)$size)
is_yes <- function(v) !is.na(v) & v == "yes"
is_no  <- function(v) !is.na(v) & v == "no"
cyto <- x$arm == "cytoreduction"
med  <- x$arm == "medical"
cs   <- is_yes(x$carcinoid_syndrome)
obs  <- is_yes(x$obstruction)
operated <- !is.na(x$complication)

stopifnot(
  identical(names(x), expected_cols),
  nrow(x) == 66,
  identical(x$patient_id, sprintf("SYN-%03d", 1:66)),
  !any(raw == as.raw(0x0d)),                         # LF only
  !any(grepl("NA", readLines(out_path), fixed = TRUE)),
  all(x$synthetic == "yes"),
  # demographics
  all(x$age >= 35 & x$age <= 80), abs(mean(x$age) - 57) < 3,
  sum(x$sex == "M") == 36, sum(x$sex == "F") == 30,
  sum(x$primary_site == "small_bowel") == 50,
  sum(x$primary_site == "unknown") == 8,
  sum(x$primary_site == "appendix") == 3,
  sum(x$primary_site == "colon") == 3,
  sum(x$primary_site == "stomach") == 1,
  sum(x$primary_site == "rectum") == 1,
  # arms and presentation
  sum(cyto) == 30, sum(med) == 36, all(cyto | med),
  all(x$carcinoid_syndrome %in% c("yes", "no")),
  all(x$obstruction %in% c("yes", "no")),
  sum(cyto & cs & !obs) == 20, sum(cyto & cs & obs) == 8,
  sum(cyto & !cs & obs) == 2,
  sum(med & cs & !obs) == 22, sum(med & cs & obs) == 6,
  sum(med & !cs & obs) == 8,
  all(cs | obs), sum(cs) == 56, sum(obs) == 24,
  # CS improvement
  all(is.na(x$cs_improved) == !cs),
  sum(cyto & is_yes(x$cs_improved)) == 24, sum(cyto & is_no(x$cs_improved)) == 4,
  sum(med & is_yes(x$cs_improved)) == 18, sum(med & is_no(x$cs_improved)) == 10,
  sum(is_yes(x$cs_improved)) == 42,
  # obstruction relief
  all(is.na(x$obstruction_relieved) == !obs),
  sum(is_yes(x$obstruction_relieved)) == 24,
  # operations
  sum(operated) == 64,
  all(operated | (med & cs & !obs)),
  sum(med & cs & !obs & !operated) == 2,
  all(is.na(x$clavien_dindo[!operated])), all(is.na(x$died_30d[!operated])),
  all(is_no(x$regional_resection[!operated])),
  all(is_yes(x$regional_resection[med & operated])),
  all(x$regional_resection %in% c("yes", "no")),
  all(is_yes(x$regional_resection[cyto & obs])),
  sum(is_yes(x$regional_resection[cyto & !obs])) == 13,
  # morbidity / mortality
  sum(is_yes(x$complication)) == 14, sum(is_no(x$complication)) == 50,
  all(x$clavien_dindo[is_no(x$complication)] == 0),
  all(x$clavien_dindo[is_yes(x$complication)] %in% 1:3),
  all(is_no(x$died_30d[operated])),
  # follow-up
  min(x$followup_months) == 6, max(x$followup_months) == 156,
  sum(x$followup_months) == 3102, mean(x$followup_months) == 47,
  all(x$status %in% 0:1),
  sum(x$status) == 13,
  sum(x$status[cyto]) == 4, sum(x$status[med]) == 9,
  all(x$followup_months[x$status == 1] >= 6)
)

p_chisq <- suppressWarnings(
  chisq.test(table(x$arm[cs], x$cs_improved[cs]), correct = FALSE)$p.value)
morbidity <- mean(is_yes(x$complication[operated]))
fit  <- survfit(Surv(followup_months, status) ~ 1, data = x)
s60  <- s_at(fit, 60)
fit_arm <- survfit(Surv(followup_months, status) ~ arm, data = x)
fit_cy <- survfit(Surv(followup_months, status) ~ 1, data = x[cyto, ])
fit_md <- survfit(Surv(followup_months, status) ~ 1, data = x[med, ])

stopifnot(
  round(p_chisq, 3) == 0.064,
  sum(is_yes(x$complication[operated])) == 14, sum(operated) == 64,
  s60 >= 0.735, s60 < 0.745,
  min(fit_cy$surv) > 0.5,
  s_at(fit_cy, 60) > s_at(fit_md, 60)
)

## ---- summary ----------------------------------------------------------------------
cat("SYNTHETIC registry written to", out_path, "\n")
cat(sprintf("  seed used                 : %d\n", seed))
cat(sprintf("  patients                  : %d (cytoreduction %d, medical %d)\n",
            nrow(x), sum(cyto), sum(med)))
cat(sprintf("  carcinoid syndrome        : %d (%d / %d); obstruction %d (%d / %d)\n",
            sum(cs), sum(cyto & cs), sum(med & cs),
            sum(obs), sum(cyto & obs), sum(med & obs)))
cat(sprintf("  CS improved               : cytoreduction %d/%d, medical %d/%d, overall %d/%d; Pearson p = %.3f\n",
            sum(cyto & is_yes(x$cs_improved)), sum(cyto & cs),
            sum(med & is_yes(x$cs_improved)), sum(med & cs),
            sum(is_yes(x$cs_improved)), sum(cs), p_chisq))
cat(sprintf("  obstruction relieved      : %d/%d\n",
            sum(is_yes(x$obstruction_relieved)), sum(obs)))
cat(sprintf("  morbidity                 : %d/%d (%.0f%%); 30-day mortality %d/%d\n",
            sum(is_yes(x$complication)), sum(operated), 100 * morbidity,
            sum(is_yes(x$died_30d)), sum(operated)))
cat(sprintf("  follow-up (months)        : min %d, median %g, mean %.1f, max %d\n",
            min(x$followup_months), median(x$followup_months),
            mean(x$followup_months), max(x$followup_months)))
cat(sprintf("  deaths                    : %d (cytoreduction %d, medical %d)\n",
            sum(x$status), sum(x$status[cyto]), sum(x$status[med])))
cat(sprintf("  KM S(60) overall          : %.4f (cytoreduction %.3f, medical %.3f)\n",
            s60, s_at(fit_cy, 60), s_at(fit_md, 60)))
cat("  KM median by arm          :\n")
print(summary(fit_arm)$table[, c("records", "events", "median")])
cat("All checks passed.\n")
