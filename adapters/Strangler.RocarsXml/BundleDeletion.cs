namespace Strangler.RocarsXml;

/// <summary>DELETE /bundles/{bundleRef} with its X-Message-Id: the request has no body.</summary>
public sealed record BundleDeletion(string MessageId, string BundleRef);
