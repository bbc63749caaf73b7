namespace Strangler.Core.Store;
