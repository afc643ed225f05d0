#include "TerminalProgressBar.h"

#include <cstdio>
#include <unistd.h>

namespace credit::cli {

TerminalProgressBar::TerminalProgressBar(std::string label)
    : label_(std::move(label)), interactive_(isatty(STDERR_FILENO) != 0),
      start_(std::chrono::steady_clock::now()), lastDraw_(start_)
{}

TerminalProgressBar::~TerminalProgressBar()
{
    finish();
}

void TerminalProgressBar::update(std::size_t done, std::size_t total)
{
    if (finished_ || total == 0)
        return;
    const int percent =
        static_cast<int>(100.0 * static_cast<double>(done) / static_cast<double>(total));
    const auto now = std::chrono::steady_clock::now();
    const double seconds = std::chrono::duration<double>(now - start_).count();
    if (interactive_) {
        if (percent == lastPercent_ && now - lastDraw_ < std::chrono::milliseconds(100))
            return;
        constexpr int width = 30;
        const int filled = percent * width / 100;
        std::fprintf(stderr, "\r%-14s [%s%s] %3d %%  %.0f s", label_.c_str(),
                     std::string(static_cast<std::size_t>(filled), '#').c_str(),
                     std::string(static_cast<std::size_t>(width - filled), '-').c_str(), percent,
                     seconds);
    } else {
        // Non-interactive (logs, CI): one line per 10 % step.
        if (percent / 10 == lastPercent_ / 10)
            return;
        std::fprintf(stderr, "%s: %d %% (%.1f s)\n", label_.c_str(), percent, seconds);
    }
    std::fflush(stderr);
    lastPercent_ = percent;
    lastDraw_ = now;
}

void TerminalProgressBar::finish()
{
    if (finished_)
        return;
    finished_ = true;
    if (lastPercent_ < 0)
        return; // nothing was drawn
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    if (interactive_)
        std::fprintf(stderr, "\r%-14s done in %.1f s%30s\n", label_.c_str(), seconds, "");
    else
        std::fprintf(stderr, "%s: done in %.1f s\n", label_.c_str(), seconds);
}

} // namespace credit::cli
