// 中文注释：计算总和
let 名字 = "卷积"
print("你好, \(名字)!", 名字.count)
let s = "神经网络"
print(s.count, s)
