#pragma once

#include <filesystem>
#include <random>
#include <string>

// A fresh folder under the system temp directory, removed with everything in it at scope exit.
class TempFolder {
public:
    explicit TempFolder(const std::string& prefix)
    {
        std::random_device entropy;
        path_ = std::filesystem::temp_directory_path() / (prefix + "-" + std::to_string(entropy()));
        std::filesystem::create_directories(path_);
    }
    ~TempFolder()
    {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;

    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};
