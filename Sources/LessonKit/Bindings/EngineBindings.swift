import ConvEngine
import Swiftlet

/// The one table that binds the engine into the lesson language. Everything lesson code can
/// call on tensors is registered from here; `Swiftlet` itself knows nothing of tensors.
public enum EngineBindings {
    public static func library(_ context: EngineContext) -> HostLibrary {
        var library = HostLibrary()
        library.type(TensorBinding.type(context))
        library.type(LayerBindings.conv2DType(context))
        library.type(LayerBindings.sgdType())
        library.type(CreationBindings.generatorType())
        CreationBindings.functions(into: &library, context)
        LayerBindings.functions(into: &library, context)
        FigureBindings.register(into: &library)
        ExerciseBindings.functions(into: &library)
        return library
    }
}
