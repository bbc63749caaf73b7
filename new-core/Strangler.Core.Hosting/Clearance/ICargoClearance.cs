using Strangler.Core.Risk.Assessment;
using Strangler.Core.Risk.Subjects;

namespace Strangler.Core.Hosting.Clearance;

/// <summary>
/// The Cargo Clearance Module as the interface modules see it: assess one consignment or bundle when it is accepted and
/// keep the decision with its reasons. The host's default uses the in-memory rule store and no history; the clearance
/// module replaces it with rules kept in the store and relationships computed over stored documents.
/// </summary>
public interface ICargoClearance
{
    /// <summary>Assesses <paramref name="subject"/> under the current rule set and records the decision.</summary>
    Task<RiskDecision> AssessAsync(RiskSubject subject, CancellationToken cancellationToken = default);
}
