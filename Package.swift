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
        // SHA-256 with the x86 SHA extensions, for checksumming every input and output file.
        .target(name: "CSHA256"),
        .target(
            name: "ClaimlineCore",
            dependencies: ["CLibXML2", "CSHA256"]
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
