//! Vendor limits used by the second-half instance rules (CCE526–CCE550). Sources: BCC API
//! metadata (`CreateInstanceBySpec`: `createCdsList` 0~5120G, `reservationLength`,
//! `autoRenewTime`), EIP `ApplyForEip` bandwidth limits, CCE GET responses (labels CCE sets);
//! collected 2026-12 for `shared/reference/rules.md`. Refresh when Baidu changes them.

/// Largest CDS data disk (GB) BCC instance creation accepts.
pub(crate) const MAX_CDS_SIZE_GB: i64 = 5120;

/// Prepaid purchase lengths (months) BCC accepts.
pub(crate) const PURCHASE_MONTHS: &[i64] = &[1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36, 48, 60];

/// Auto-renewal length range by unit: months 1–9, years 1–5.
pub(crate) const AUTO_RENEW_MONTHS: (i64, i64) = (1, 9);
/// Auto-renewal length range in years.
pub(crate) const AUTO_RENEW_YEARS: (i64, i64) = (1, 5);

/// EIP bandwidth (Mbps) billed by traffic.
pub(crate) const EIP_BY_TRAFFIC: (i64, i64) = (1, 200);
/// EIP bandwidth (Mbps) billed by bandwidth, standard BGP line.
pub(crate) const EIP_BY_BANDWIDTH_BGP: (i64, i64) = (1, 500);
/// EIP bandwidth (Mbps) on the enhanced BGP (`BGP_S`) line.
pub(crate) const EIP_BGP_S: (i64, i64) = (100, 5000);

/// Node labels CCE writes itself (seen in GET responses).
pub(crate) const CCE_LABELS: &[&str] = &["cluster-id", "cluster-role", "instance-group-id"];
