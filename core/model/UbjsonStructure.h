#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace credit::model {

// Walks a booster's UBJSON bytes and says what is wrong with their structure, or nothing when
// they are well-formed. XGBoost 1.7's own UBJSON reader trusts every length and count it reads
// (a string length past the end of the buffer is copied as is), so a forged bundle whose
// checksum was recomputed could make it read out of bounds. Only the shapes XGBoost's writer
// produces are accepted: one top-level object; keys and string values as 'L' + big-endian int64
// length; typed arrays '[$' of d/U/l/L with an 'L' count; counted '[#' and ']'-ended arrays;
// the scalars Z T F i U I l L d. Nesting is limited to kMaxUbjsonDepth levels.
inline constexpr int kMaxUbjsonDepth = 64;

std::optional<std::string> ubjsonStructureProblem(std::span<const std::uint8_t> bytes);

} // namespace credit::model
