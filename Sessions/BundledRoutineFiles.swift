/// The routine scripts built into the binary, so a copied `knead` still has them.
public enum BundledRoutineFiles {
    /// Every bundled script by file name, such as `collar.json`, with its bytes.
    public static let all: [(fileName: String, bytes: [UInt8])] = [
        ("acupressure.json", PackageResources.acupressure_json),
        ("collar.json", PackageResources.collar_json),
        ("cupping-back.json", PackageResources.cupping_back_json),
        ("cupping-neck.json", PackageResources.cupping_neck_json),
        ("honey.json", PackageResources.honey_json),
        ("legs-after-lumbar.json", PackageResources.legs_after_lumbar_json),
        ("lumbar-acupressure.json", PackageResources.lumbar_acupressure_json),
        ("lumbar.json", PackageResources.lumbar_json),
        ("neck-classic.json", PackageResources.neck_classic_json),
        ("self-massage.json", PackageResources.self_massage_json),
    ]
}
