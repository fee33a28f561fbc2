// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "claimline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "claimline", targets: ["claimline"]),
        .library(name: "ClaimlineCore", targets: ["ClaimlineCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // What Swift cannot reach from C: SHA-256 with the x86 SHA extensions, malloc settings.
        .target(name: "CPlatform"),
        .target(
            name: "ClaimlineCore",
            dependencies: ["CLibXML2", "CPlatform"]
        ),
        .executableTarget(
            name: "claimline",
            dependencies: [
                "ClaimlineCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ClaimlineCoreTests",
            dependencies: ["ClaimlineCore"],
            exclude: ["Fixtures"]
        ),
    ]
)
