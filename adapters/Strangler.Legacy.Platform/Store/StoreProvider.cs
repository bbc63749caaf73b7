namespace Strangler.Legacy.Platform.Store;

/// <summary>The databases a legacy store runs on. Oracle is the style imitated, and its DDL is printed, but it is not run here.</summary>
public enum StoreProvider
{
    Sqlite,
    Postgres,
}
