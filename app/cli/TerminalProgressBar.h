#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace credit::cli {

// A one-line progress bar on stderr for long CLI work ("features  [#####-----]  52 %  12 s").
// Redraws at most ten times a second; prints plain lines when stderr is not a terminal so logs
// stay readable.
class TerminalProgressBar {
public:
    explicit TerminalProgressBar(std::string label);
    ~TerminalProgressBar();
    TerminalProgressBar(const TerminalProgressBar&) = delete;
    TerminalProgressBar& operator=(const TerminalProgressBar&) = delete;

    void update(std::size_t done, std::size_t total);
    void finish();

private:
    std::string label_;
    bool interactive_;
    bool finished_ = false;
    int lastPercent_ = -1;
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point lastDraw_;
};

} // namespace credit::cli
