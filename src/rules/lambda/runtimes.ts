// Lambda runtimes past their deprecation date, with that date (YYYY-MM-DD).
//
// Source: the "Deprecated runtimes" and "Supported runtimes" tables of the AWS Lambda developer guide
// (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html), as of 2025-11-01, cross-checked with
// the copy tflint-ruleset-aws keeps (terraform-linters/tflint-ruleset-aws PR #969, 2025-11-01).
// List taken: 2025-12-15 — every date below is on or before it. Rules are pure, so the list does not move
// with the clock: when a date in SCHEDULED_RUNTIME_DEPRECATIONS passes (and AWS has not postponed it), move
// the entry up and bump RUNTIME_LIST_TAKEN. A test keeps the two lists on either side of that date.
//
// Re-check of 2026-11-23 (not applied; the list above stays dated 2025-12-15): the search tool's copies of
// lambda-runtimes.html (docs corpus, English and translated) stop before the runtime tables, so no date could
// be confirmed from AWS's page. Entries therefore stay where they are, although the dates of ruby3.2,
// nodejs20.x, python3.10, provided.al2 and dotnet8 have passed. Two secondary signals, both unconfirmed
// against AWS's table: cfn-lint PR #4532 (aws-cloudformation/cfn-lint, 2026-06-02) reports that AWS gave
// java11, java17, java8.al2 and python3.11 a one-year extension and pushed many block dates to 2027, so their
// 2026-06-30 dates below are probably stale; the lambda-runtimes page notes that AL2-based runtimes keep
// receiving critical security patches after Amazon Linux 2's end of life (2026-06-30) until their own
// deprecation dates. Whoever next reads the live table should move the passed entries and fix these dates.
//
// Prowler's `obsolete_lambda_runtimes` (prowler/config/config.yaml) and Checkov's CKV_AWS_363 carry their
// own, differently dated copies; ours follows AWS's table.

export const RUNTIME_LIST_TAKEN = '2025-12-15'
export const RUNTIME_LIST_SOURCE = 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html'

export const DEPRECATED_RUNTIMES: Readonly<Record<string, string>> = {
  'python3.9': '2025-12-15',
  'nodejs18.x': '2025-09-01',
  'dotnet6': '2024-11-12',
  'python3.8': '2024-10-14',
  'nodejs16.x': '2024-06-12',
  'dotnet7': '2024-05-14',
  'java8': '2024-01-08',
  'go1.x': '2024-01-08',
  'provided': '2024-01-08',
  'nodejs14.x': '2023-12-04',
  'python3.7': '2023-12-04',
  'ruby2.7': '2023-11-27',
  'dotnetcore3.1': '2023-04-03',
  'nodejs12.x': '2023-03-31',
  'python3.6': '2022-07-18',
  'dotnet5.0': '2022-05-10',
  'dotnetcore2.1': '2022-01-05',
  'nodejs10.x': '2021-07-30',
  'ruby2.5': '2021-07-30',
  'python2.7': '2021-07-15',
  'nodejs8.10': '2020-03-06',
  'nodejs4.3': '2020-03-05',
  'nodejs4.3-edge': '2020-03-05',
  'nodejs6.10': '2019-08-12',
  'dotnetcore1.0': '2019-07-27',
  'dotnetcore2.0': '2019-05-30',
  'nodejs': '2016-10-31'
}

/** AWS's projected deprecation dates (after RUNTIME_LIST_TAKEN): not judged until moved into the list above. */
export const SCHEDULED_RUNTIME_DEPRECATIONS: Readonly<Record<string, string>> = {
  'ruby3.2': '2026-03-31',
  'nodejs20.x': '2026-04-30',
  'python3.10': '2026-06-30',
  'python3.11': '2026-06-30',
  'java8.al2': '2026-06-30',
  'java11': '2026-06-30',
  'java17': '2026-06-30',
  'provided.al2': '2026-06-30',
  'dotnet8': '2026-11-10',
  'ruby3.3': '2027-03-31',
  'nodejs22.x': '2027-04-30'
}
