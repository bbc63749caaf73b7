using System.Data.Common;
using Strangler.Migration.Legacy;

namespace Strangler.Parity.Stores;

/// <summary>One legacy store to compare: its reader and how to open a connection to it (any ADO.NET provider).</summary>
public sealed record LegacyStore(ILegacyDocumentReader Reader, Func<CancellationToken, Task<DbConnection>> OpenAsync);
