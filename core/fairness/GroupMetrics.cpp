#include "fairness/GroupMetrics.h"

#include "fairness/SplitMix64.h"
#include "model/ParallelTasks.h"
#include "model/TrainingParameters.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace credit::fairness {

namespace {

// Weighted counts of one group: weights are how often a resample drew each applicant.
struct Tally {
    double count = 0;
    double defaults = 0;
    double approved = 0;
    double refusedRepaid = 0;
    double approvedDefaulters = 0;
    double aucNumerator = 0; // pairs (defaulter, repaid) where the defaulter scores higher
};

enum Metric {
    DefaultRate,
    ApprovalRate,
    Auc,
    FalseRefusalRate,
    DefaulterApprovalRate,
    ApprovalRatio,
    FalseRefusalGap,
    kMetrics
};

using Values = std::array<std::optional<double>, kMetrics>;

const char* const kNoClient = "no client in this group";
const char* const kNoDefaulter = "no defaulter in this group";
const char* const kNoRepaid = "no client who repaid in this group";

// The applicants laid out once in ascending probability order, so one pass over them with a
// resample's weights gives every group's counts and its AUC numerator (tie blocks count one
// half), with sequential memory access only. A resample draws positions in this order directly:
// drawing applicants uniformly is the same whichever order they are numbered in.
class GroupTallies {
public:
    GroupTallies(std::span<const float> labels, std::span<const float> probabilities,
                 double threshold, const std::vector<Grouping>& groupings)
    {
        std::vector<std::size_t> order(labels.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return probabilities[a] < probabilities[b];
        });
        const std::size_t rows = order.size();
        defaulted_.resize(rows);
        approved_.resize(rows);
        blockEnds_.resize(rows);
        single_.resize(rows);
        groups_.assign(groupings.size(), std::vector<int>(rows));
        for (std::size_t g = 0; g < groupings.size(); ++g)
            groupSizes_.push_back(groupings[g].groups.size());
        for (std::size_t i = 0; i < rows; ++i) {
            const std::size_t row = order[i];
            defaulted_[i] = labels[row] > 0.5f;
            approved_[i] = probabilities[row] < threshold;
            blockEnds_[i] = i + 1 == rows || probabilities[order[i + 1]] != probabilities[row];
            single_[i] = blockEnds_[i] && (i == 0 || blockEnds_[i - 1]);
            for (std::size_t g = 0; g < groupings.size(); ++g)
                groups_[g][i] = groupings[g].rowGroup[row];
        }
    }

    std::size_t rows() const { return defaulted_.size(); }

    // Tallies per grouping and group; `weights` by position in probability order (empty: all 1).
    std::vector<std::vector<Tally>> count(const std::vector<std::uint32_t>& weights) const
    {
        std::vector<std::vector<Tally>> tallies;
        for (std::size_t g = 0; g < groups_.size(); ++g)
            tallies.push_back(countGrouping(g, weights));
        return tallies;
    }

private:
    // Integer counts (weights are whole draws), so the pass does no floating point; the AUC
    // numerator is kept doubled so that ties' one half stays whole.
    std::vector<Tally> countGrouping(std::size_t g, const std::vector<std::uint32_t>& weights) const
    {
        const auto& group = groups_[g];
        const auto size = groupSizes_[g];
        // cells[group][defaulted * 2 + approved]
        std::vector<std::array<std::uint64_t, 4>> cells(size, {0, 0, 0, 0});
        std::vector<std::uint64_t> negativesBelow(size, 0), doubledNumerator(size, 0);
        std::vector<std::uint64_t> blockPositives(size, 0), blockNegatives(size, 0);
        std::vector<int> touched;
        for (std::size_t i = 0; i < group.size(); ++i) {
            const int index = group[i];
            const std::uint64_t weight = weights.empty() ? 1u : weights[i];
            const bool alone = single_[i] != 0;
            if (index >= 0 && weight > 0) {
                const auto at = static_cast<std::size_t>(index);
                const bool defaulted = defaulted_[i] != 0;
                cells[at][(defaulted ? 2 : 0) + (approved_[i] ? 1 : 0)] += weight;
                if (alone) {
                    // No tie: a defaulter outranks every repaid client below it.
                    if (defaulted)
                        doubledNumerator[at] += weight * 2 * negativesBelow[at];
                    else
                        negativesBelow[at] += weight;
                    continue;
                }
                if (blockPositives[at] == 0 && blockNegatives[at] == 0)
                    touched.push_back(index);
                (defaulted ? blockPositives : blockNegatives)[at] += weight;
            }
            if (alone || !blockEnds_[i])
                continue;
            for (const int touchedGroup : touched) {
                const auto at = static_cast<std::size_t>(touchedGroup);
                doubledNumerator[at] +=
                    blockPositives[at] * (2 * negativesBelow[at] + blockNegatives[at]);
                negativesBelow[at] += blockNegatives[at];
                blockPositives[at] = 0;
                blockNegatives[at] = 0;
            }
            touched.clear();
        }
        std::vector<Tally> tallies(size);
        for (std::size_t at = 0; at < size; ++at) {
            const auto& c = cells[at];
            Tally& t = tallies[at];
            t.count = static_cast<double>(c[0] + c[1] + c[2] + c[3]);
            t.defaults = static_cast<double>(c[2] + c[3]);
            t.approved = static_cast<double>(c[1] + c[3]);
            t.refusedRepaid = static_cast<double>(c[0]);
            t.approvedDefaulters = static_cast<double>(c[3]);
            t.aucNumerator = 0.5 * static_cast<double>(doubledNumerator[at]);
        }
        return tallies;
    }

    std::vector<std::size_t> groupSizes_;
    std::vector<char> defaulted_, approved_, blockEnds_;
    std::vector<char> single_; // the position's probability is shared with no other applicant
    std::vector<std::vector<int>> groups_; // per grouping, the group at each position
};

// The metrics of every group of one grouping from its tallies.
std::vector<Values> metricsOf(const std::vector<Tally>& tallies)
{
    std::vector<Values> values(tallies.size());
    std::optional<double> highestApproval, lowestFalseRefusal;
    for (std::size_t group = 0; group < tallies.size(); ++group) {
        const Tally& t = tallies[group];
        auto& v = values[group];
        if (t.count <= 0)
            continue;
        const double repaid = t.count - t.defaults;
        v[DefaultRate] = t.defaults / t.count;
        v[ApprovalRate] = t.approved / t.count;
        if (repaid > 0)
            v[FalseRefusalRate] = t.refusedRepaid / repaid;
        if (t.defaults > 0)
            v[DefaulterApprovalRate] = t.approvedDefaulters / t.defaults;
        if (t.defaults > 0 && repaid > 0)
            v[Auc] = t.aucNumerator / (t.defaults * repaid);
        highestApproval = std::max(highestApproval.value_or(0.0), *v[ApprovalRate]);
        if (v[FalseRefusalRate])
            lowestFalseRefusal = std::min(lowestFalseRefusal.value_or(1.0), *v[FalseRefusalRate]);
    }
    for (auto& v : values) {
        if (v[ApprovalRate] && highestApproval && *highestApproval > 0)
            v[ApprovalRatio] = *v[ApprovalRate] / *highestApproval;
        if (v[FalseRefusalRate] && lowestFalseRefusal)
            v[FalseRefusalGap] = *v[FalseRefusalRate] - *lowestFalseRefusal;
    }
    return values;
}

// Linear interpolation between order statistics (numpy's default percentile).
double percentile(std::vector<double>& sorted, double share)
{
    const double position = share * static_cast<double>(sorted.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    const auto above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] +
           (position - static_cast<double>(below)) * (sorted[above] - sorted[below]);
}

std::string reasonFor(Metric metric, const Tally& tally, bool anyApproved)
{
    if (tally.count <= 0)
        return kNoClient;
    switch (metric) {
    case Auc:
        return tally.defaults <= 0 ? kNoDefaulter : kNoRepaid;
    case DefaulterApprovalRate:
        return kNoDefaulter;
    case FalseRefusalRate:
    case FalseRefusalGap:
        return kNoRepaid;
    case ApprovalRatio:
        return anyApproved ? "" : "no group has an approved client";
    default:
        return kNoClient;
    }
}

} // namespace

int resamplesFor(std::size_t rows, const BootstrapOptions& options)
{
    if (rows == 0)
        return 0;
    const auto affordable = static_cast<long long>(options.budget / rows);
    return static_cast<int>(std::clamp<long long>(affordable, options.minimumResamples,
                                                  std::max(options.resamples, 0)));
}

std::vector<GroupingFairness> measureGroups(std::span<const float> labels,
                                            std::span<const float> probabilities, double threshold,
                                            const std::vector<Grouping>& groupings,
                                            const BootstrapOptions& options, int resamples)
{
    if (labels.size() != probabilities.size())
        throw std::invalid_argument("fairness: " + std::to_string(labels.size()) + " labels but " +
                                    std::to_string(probabilities.size()) + " probabilities");
    for (const auto& grouping : groupings)
        if (grouping.rowGroup.size() != labels.size())
            throw std::invalid_argument("fairness: grouping " + grouping.key + " covers " +
                                        std::to_string(grouping.rowGroup.size()) + " rows, not " +
                                        std::to_string(labels.size()));

    const GroupTallies tallies(labels, probabilities, threshold, groupings);
    const auto observed = tallies.count({});

    // Each resample has its own generator (seeded by the seed and its index) and its own result
    // slot, so the intervals are identical whatever the thread count.
    std::vector<std::vector<std::vector<Values>>> perResample(
        static_cast<std::size_t>(std::max(resamples, 0)));
    const std::size_t rows = tallies.rows();
    model::runTasks(perResample.size(),
                    options.threads > 0 ? options.threads : model::hardwareThreads(),
                    [&](std::size_t resample) {
                        SplitMix64 random(options.seed ^ (0xD1B54A32D192ED03ULL * (resample + 1)));
                        std::vector<std::uint32_t> weights(rows, 0u);
                        for (std::size_t draw = 0; draw < rows; ++draw)
                            ++weights[random.below(rows)];
                        const auto resampled = tallies.count(weights);
                        auto& slot = perResample[resample];
                        for (const auto& grouping : resampled)
                            slot.push_back(metricsOf(grouping));
                    });
    // samples[grouping][group][metric]: the metric's value in every resample where it exists.
    std::vector<std::vector<std::array<std::vector<double>, kMetrics>>> samples;
    for (const auto& grouping : groupings)
        samples.emplace_back(grouping.groups.size());
    for (const auto& slot : perResample)
        for (std::size_t g = 0; g < slot.size(); ++g)
            for (std::size_t group = 0; group < slot[g].size(); ++group)
                for (std::size_t metric = 0; metric < kMetrics; ++metric)
                    if (slot[g][group][metric])
                        samples[g][group][metric].push_back(*slot[g][group][metric]);

    // An interval needs enough resamples where the metric exists (a tiny group may have no
    // defaulter in most of them); below that the value is shown without one.
    const std::size_t minimumForInterval =
        std::max<std::size_t>(10, static_cast<std::size_t>(resamples) / 2);
    std::vector<GroupingFairness> result;
    for (std::size_t g = 0; g < groupings.size(); ++g) {
        const auto& grouping = groupings[g];
        GroupingFairness out{grouping.key, grouping.column, grouping.label, {}, {}, std::nullopt};
        const auto values = metricsOf(observed[g]);
        const bool anyApproved = std::any_of(observed[g].begin(), observed[g].end(),
                                             [](const Tally& t) { return t.approved > 0; });
        double highest = -1;
        std::optional<double> lowestRefusal, highestRefusal;
        for (std::size_t group = 0; group < grouping.groups.size(); ++group) {
            const Tally& tally = observed[g][group];
            GroupFairness item;
            item.key = grouping.groups[group].key;
            item.label = grouping.groups[group].label;
            item.count = static_cast<std::size_t>(tally.count);
            item.defaults = static_cast<std::size_t>(tally.defaults);
            std::array<Estimate*, kMetrics> targets{
                &item.defaultRate,      &item.approvalRate,          &item.auc,
                &item.falseRefusalRate, &item.defaulterApprovalRate, &item.approvalRatio,
                &item.falseRefusalGap};
            for (int metric = 0; metric < kMetrics; ++metric) {
                const auto index = static_cast<std::size_t>(metric);
                Estimate& estimate = *targets[index];
                if (!values[group][index]) {
                    estimate = Estimate::missing(
                        reasonFor(static_cast<Metric>(metric), tally, anyApproved));
                    continue;
                }
                estimate.value = values[group][index];
                auto& drawn = samples[g][group][index];
                if (drawn.size() >= minimumForInterval) {
                    std::sort(drawn.begin(), drawn.end());
                    estimate.low = percentile(drawn, 0.025);
                    estimate.high = percentile(drawn, 0.975);
                }
            }
            item.flagged =
                item.approvalRatio.value && *item.approvalRatio.value < options.approvalRatioFlag;
            if (item.approvalRate.value && *item.approvalRate.value > highest) {
                highest = *item.approvalRate.value;
                out.referenceGroup = item.key;
            }
            if (const auto& rate = item.falseRefusalRate.value) {
                lowestRefusal = std::min(lowestRefusal.value_or(*rate), *rate);
                highestRefusal = std::max(highestRefusal.value_or(*rate), *rate);
            }
            out.groups.push_back(std::move(item));
        }
        if (lowestRefusal)
            out.largestFalseRefusalGap = *highestRefusal - *lowestRefusal;
        result.push_back(std::move(out));
    }
    return result;
}

} // namespace credit::fairness
